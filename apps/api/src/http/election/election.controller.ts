import { createHash, randomUUID } from 'node:crypto';
import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  Get,
  Headers,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, LimitFailedAttempts, Public, Roles } from '@app/auth';
import {
  CancelCongressCheckInCommand,
  CastCongressBallotCommand,
  CheckCongressReceiptQuery,
  CheckInCongressDelegatesCommand,
  CloseCongressRoundCommand,
  DelegateCodes,
  GetDelegateBallotQuery,
  GetDelegateRosterQuery,
  GetElectedQuery,
  GetElectedQuotaCheckQuery,
  GetElectionOverviewQuery,
  GetElectionRoundQuery,
  GetRoundAttendanceQuery,
  IssueCongressCredentialsCommand,
  ListElectionRoundsQuery,
  OpenCongressRoundCommand,
  OpenQuotaFurtherRoundCommand,
  RecordCongressPaperCountCommand,
  RegisterCongressDelegatesCommand,
  SetCongressElectionRulesCommand,
} from '@app/election';
import { CommandGateway, type SendOptions } from '../commands/command-gateway';
import { CommandEndpoint, CommandOptions } from '../commands/command-options.decorator';
import {
  CancelCheckInDto,
  CastBallotDto,
  CheckInDelegatesDto,
  DELEGATE_ID,
  ElectionRulesDto,
  OpenRoundDto,
  PaperCountDto,
  RegisterDelegatesDto,
} from './election.dto';

const POSITION_KEY = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The congress election as the organiser runs it: roster, check-in, rounds, paper counts, codes, minutes. */
@ApiTags('congress election')
@ApiBearerAuth()
@Controller('campaigns/:campaignId/election')
export class ElectionController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: QueryBus,
    private readonly codes: DelegateCodes,
  ) {}

  @Get()
  @Roles('organiser')
  @ApiOperation({ summary: 'Where the election stands: finalists, rules, attendance, each position’s progress and the round it needs next' })
  overview(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    return this.queries.execute(new GetElectionOverviewQuery(campaignId));
  }

  @Put('rules')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Quorum (default more than 2/3 of registered present) and majority base (default present); before the first round' })
  async rules(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: ElectionRulesDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(SetCongressElectionRulesCommand, campaignId, { ...dto }, user, options), res);
  }

  @Post('delegates')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Register congress delegates: ids and names, or a count (ids D0001, D0002, …); until the first round opens' })
  async register(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: RegisterDelegatesDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    // Both or neither given: passed on as sent, for the domain to refuse with its reason.
    const payload = {
      ...(dto.delegates ? { delegates: dto.delegates.map((d) => ({ delegateId: d.delegateId, name: d.name })) } : {}),
      ...(dto.count !== undefined ? { count: dto.count } : {}),
    };
    return CommandGateway.respond(await this.commands.send(RegisterCongressDelegatesCommand, campaignId, payload, user, options), res);
  }

  @Get('delegates')
  @Roles('organiser')
  @ApiOperation({ summary: 'The roster: registered delegates and who is checked in' })
  roster(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    return this.queries.execute(new GetDelegateRosterQuery(campaignId));
  }

  @Post('delegates/:delegateId/check-in')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Check one delegate in: present in every round opened from now on' })
  async checkIn(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('delegateId') delegateId: string,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (!DELEGATE_ID.test(delegateId)) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'delegateId must be 1–64 of [A-Za-z0-9._-]',
        errors: [{ field: 'delegateId', rule: 'matches', message: 'delegateId must be 1–64 of [A-Za-z0-9._-]' }],
      });
    }
    return CommandGateway.respond(await this.commands.send(CheckInCongressDelegatesCommand, campaignId, { delegateIds: [delegateId] }, user, options), res);
  }

  @Post('delegates/:delegateId/check-in/cancel')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Withdraw a check-in made by mistake, with the reason (between rounds only: an open round’s attendance is fixed)' })
  async cancelCheckIn(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('delegateId') delegateId: string,
    @Body() dto: CancelCheckInDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (!DELEGATE_ID.test(delegateId)) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'delegateId must be 1–64 of [A-Za-z0-9._-]',
        errors: [{ field: 'delegateId', rule: 'matches', message: 'delegateId must be 1–64 of [A-Za-z0-9._-]' }],
      });
    }
    return CommandGateway.respond(await this.commands.send(CancelCongressCheckInCommand, campaignId, { delegateId, reason: dto.reason }, user, options), res);
  }

  @Post('check-ins')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Check several delegates in at once (each one as for a single check-in)' })
  async checkInMany(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: CheckInDelegatesDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(CheckInCongressDelegatesCommand, campaignId, { delegateIds: dto.delegateIds }, user, options), res);
  }

  @Post('rounds')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({
    summary:
      'Open the next round of a position (result: the round). The ballot follows the rules: first round = finalists not yet elected; ' +
      'run-off = the tied; further round = those not elected; a void round is repeated. Needs quorum, and more candidates than seats unless an exception is recorded.',
  })
  async open(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: OpenRoundDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const payload = {
      roundId: randomUUID(),
      positionKey: dto.positionKey,
      method: dto.method,
      ...(dto.allowWriteIns !== undefined ? { allowWriteIns: dto.allowWriteIns } : {}),
      ...(dto.writeInEligibleIds ? { writeInEligibleIds: dto.writeInEligibleIds } : {}),
      ...(dto.competitiveException ? { competitiveException: { reason: dto.competitiveException.reason } } : {}),
    };
    return CommandGateway.respond(await this.commands.send(OpenCongressRoundCommand, campaignId, payload, user, options), res);
  }

  @Get('rounds')
  @Roles('organiser', 'counting-officer')
  @ApiQuery({ name: 'positionKey', required: false })
  @ApiOperation({
    summary: 'Every round in order with its minutes (registered, present, issued, returned, valid, invalid, per-candidate approve/oppose/abstain, elected)',
  })
  rounds(@Param('campaignId', ParseUUIDPipe) campaignId: string, @Query('positionKey') positionKey?: string) {
    if (positionKey !== undefined) this.checkPositionKey(positionKey);
    return this.queries.execute(new ListElectionRoundsQuery(campaignId, positionKey));
  }

  @Get('positions/:positionKey/rounds')
  @Roles('organiser')
  @ApiOperation({ summary: 'The rounds and minutes of one position' })
  positionRounds(@Param('campaignId', ParseUUIDPipe) campaignId: string, @Param('positionKey') positionKey: string) {
    this.checkPositionKey(positionKey);
    return this.queries.execute(new ListElectionRoundsQuery(campaignId, positionKey));
  }

  @Get('rounds/:roundId')
  @Roles('organiser', 'counting-officer')
  @ApiOperation({ summary: 'One round with its minutes once closed' })
  round(@Param('campaignId', ParseUUIDPipe) campaignId: string, @Param('roundId', ParseUUIDPipe) roundId: string) {
    return this.queries.execute(new GetElectionRoundQuery(campaignId, roundId));
  }

  @Post('rounds/:roundId/credentials')
  @Roles('organiser')
  @ApiOperation({
    summary:
      'Electronic round: make an unnamed pack of one-time codes, as many as delegates present when the round opened, and answer them ONCE, ' +
      'shuffled, to print and hand out at random (无记名). Nothing records which code goes to whom; only hashes are stored. ' +
      'Calling again replaces all codes of the round (only while no ballot is cast).',
  })
  async credentials(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ) {
    const attendance = await this.queries.execute(new GetRoundAttendanceQuery(campaignId, roundId));
    if (attendance.method !== 'electronic')
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        code: 'election.not-electronic',
        message: `Round ${attendance.number} is counted on paper: no codes.`,
        params: { round: attendance.number },
      });
    // Only the number of delegates present is used: a code is made for a seat in the hall, not for a person.
    const issued = Array.from({ length: attendance.delegates.length }, () => {
      const code = this.codes.newCode();
      return { code, hash: this.codes.hash(code)! };
    });
    const codeHashes = issued.map((c) => c.hash).sort();
    const batch = createHash('sha256').update(codeHashes.join('\n')).digest('hex');
    // Always a new command (no Idempotency-Key): a repeat could not show the codes again, since they are not stored.
    const outcome = await this.commands.send(IssueCongressCredentialsCommand, campaignId, { roundId, codeHashes }, user, { wait: true });
    const answered = CommandGateway.respond(outcome, res);
    if (outcome.status === 'succeeded' && (outcome.result as { batch?: string } | undefined)?.batch !== batch) {
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        code: 'election.credentials-superseded',
        message: 'Other codes were issued at the same time; issue again.',
      });
    }
    // The codes are random already; sorting them makes the pack's order carry nothing either (e.g. roster order).
    const pack = issued.map(({ code }) => code).sort();
    return { ...answered, credentials: pack.map((code, i) => ({ slip: i + 1, code, link: DelegateCodes.link(campaignId, code) })) };
  }

  @Post('rounds/:roundId/paper-count')
  @Roles('organiser', 'counting-officer')
  @CommandEndpoint()
  @ApiOperation({
    summary: 'Paper round: the counting officers’ totals (issued, returned, invalid, per candidate approve/oppose/abstain), accepted only if they add up',
  })
  async paperCount(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Body() dto: PaperCountDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const count = {
      ballotsIssued: dto.ballotsIssued,
      ballotsReturned: dto.ballotsReturned,
      invalidBallots: dto.invalidBallots,
      perCandidate: dto.perCandidate,
      ...(dto.writeIns ? { writeIns: dto.writeIns } : {}),
    };
    return CommandGateway.respond(await this.commands.send(RecordCongressPaperCountCommand, campaignId, { roundId, count }, user, options), res);
  }

  @Post('rounds/:roundId/close')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({
    summary:
      'Close and count the round (result: status elected / run-off-required / further-round-required / void, with the minutes). ' +
      'When the last seat is filled the election completes (ElectionCompleted).',
  })
  async close(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(CloseCongressRoundCommand, campaignId, { roundId }, user, options), res);
  }

  @Post('quota-further-round')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({
    summary:
      'The elected break a minimum quota: vacate the planned seats (elected not counting for it, fewest approvals first) and open them to a further round ' +
      'restricted to the qualifying finalists (the plan is in GET …/quota-check). Then open the round as usual.',
  })
  async openQuotaFurtherRound(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(OpenQuotaFurtherRoundCommand, campaignId, {}, user, options), res);
  }

  @Get('elected')
  @Roles('organiser')
  @ApiOperation({ summary: 'The elected set per position, and whether the election is complete' })
  elected(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    return this.queries.execute(new GetElectedQuery(campaignId));
  }

  @Get('quota-check')
  @Roles('organiser')
  @ApiOperation({ summary: 'The campaign’s quotas for the elected set, checked on it (whole set and per position)' })
  quotaCheck(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    return this.queries.execute(new GetElectedQuotaCheckQuery(campaignId));
  }

  private checkPositionKey(positionKey: string): void {
    if (!POSITION_KEY.test(positionKey)) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'positionKey must be lower-case letters, digits and dashes',
        errors: [{ field: 'positionKey', rule: 'matches', message: 'positionKey must be lower-case letters, digits and dashes' }],
      });
    }
  }
}

const DELEGATE_CODE_HEADER = 'x-delegate-code';

const RECEIPT = /^[0-9a-f]{64}$/;

/** A delegate checks that her ballot is counted: her receipt is among the opened ballots once the round closes. */
@ApiTags('congress election')
@Controller('campaigns/:campaignId/election/receipts')
export class DelegateReceiptController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':receipt')
  @Public()
  @ApiOperation({ summary: 'Is this receipt among the counted ballots? Answers counted: false until the round closes (its ballot box is opened only then).' })
  async check(@Param('campaignId', ParseUUIDPipe) campaignId: string, @Param('receipt') receipt: string) {
    if (!RECEIPT.test(receipt)) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'receipt must be 64 lowercase hex digits',
        errors: [{ field: 'receipt', rule: 'matches', message: 'receipt must be 64 lowercase hex digits' }],
      });
    }
    return this.queries.execute(new CheckCongressReceiptQuery(campaignId, receipt));
  }
}

/** A delegate votes with her one-time code, no account: the code is the credential (header X-Delegate-Code). */
@ApiTags('congress election')
@Controller('campaigns/:campaignId/election/ballot')
export class DelegateBallotController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: QueryBus,
    private readonly codes: DelegateCodes,
  ) {}

  @Get()
  @Public()
  @LimitFailedAttempts()
  @ApiHeader({ name: 'X-Delegate-Code', required: true, description: 'The one-time code on the delegate’s slip, e.g. K7QWM-3PXTA' })
  @ApiOperation({ summary: 'The ballot paper the code opens: position, seats, candidates, write-ins, and whether the code is already used' })
  async ballot(@Param('campaignId', ParseUUIDPipe) campaignId: string, @Headers(DELEGATE_CODE_HEADER) code?: string) {
    return this.ballotOf(campaignId, code);
  }

  @Post()
  @Public()
  @LimitFailedAttempts()
  @CommandEndpoint()
  @ApiHeader({ name: 'X-Delegate-Code', required: true, description: 'The one-time code on the delegate’s slip' })
  @ApiOperation({
    summary:
      'Cast a secret ballot: approve / oppose / abstain per candidate, write-ins if allowed. The code is spent; the ballot is stored without it and without the delegate. ' +
      'Waits for the outcome: 200 counted, 409 code already used or round closed, 401 unknown code.',
  })
  async cast(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: CastBallotDto,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
    @Headers(DELEGATE_CODE_HEADER) code?: string,
  ) {
    const ballot = await this.ballotOf(campaignId, code);
    // Early answers that spare a command row; with an Idempotency-Key the request goes on, so that a retry of a
    // ballot that was counted gets the first outcome back (the domain refuses any other reuse of the code).
    if (options.idempotencyKey === undefined) {
      if (!ballot.roundOpen)
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          code: 'election.round-closed',
          message: `Round ${ballot.number} is closed.`,
          params: { round: ballot.number },
        });
      if (ballot.used)
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          code: 'election.credential-used',
          message: 'This code has already been used to vote in this round.',
        });
    }
    const codeHash = this.codes.hash(code)!;
    // The actor is the credential, never a person: the stored command and events name no delegate.
    const actor: AuthUser = { id: `delegate-code:${codeHash.slice(0, 16)}`, roles: ['delegate'] };
    const payload = { roundId: ballot.roundId, codeHash, marks: dto.marks, writeIns: dto.writeIns ?? [] };
    // Always waits: a delegate has no account to look the outcome up with later.
    const outcome = await this.commands.send(CastCongressBallotCommand, campaignId, payload, actor, { ...options, wait: true });
    return CommandGateway.respond(outcome, res);
  }

  private async ballotOf(campaignId: string, code: string | undefined) {
    const codeHash = this.codes.hash(code);
    if (!codeHash)
      throw new UnauthorizedException({
        statusCode: 401,
        error: 'Unauthorized',
        code: 'delegate-code.missing',
        message: 'Send your one-time code in the X-Delegate-Code header, e.g. K7QWM-3PXTA.',
      });
    const ballot = await this.queries.execute(new GetDelegateBallotQuery(campaignId, codeHash));
    if (!ballot)
      throw new UnauthorizedException({
        statusCode: 401,
        error: 'Unauthorized',
        code: 'delegate-code.unknown',
        message: 'This code is not a delegate code of this campaign.',
      });
    return ballot;
  }
}

import { createHash, randomUUID } from 'node:crypto';
import {
  Body,
  Controller,
  DefaultValuePipe,
  Get,
  NotFoundException,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  Sse,
  type MessageEvent,
} from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { exhaustMap, from, interval, map, type Observable, filter, startWith } from 'rxjs';
import { DataSource } from 'typeorm';
import { type AuthUser, CurrentUser, EventStream, Roles } from '@app/auth';
import { type CommandOutcome, loadEnvelope } from '@app/database';
import type { JurorEntry } from '@app/domain';
import {
  CheckJurorEntriesQuery,
  GetJuryProgressQuery,
  GetJuryTallyQuery,
  ImportJurorsCommand,
  JuryCredentials,
  ListJurorsQuery,
  RecordJuryPaperCountCommand,
  RecordJuryResultCommand,
  RegisterJurorCommand,
  ReissueJurorCredentialCommand,
  RevokeJurorCredentialCommand,
} from '@app/jury';
import { CommandGateway, type SendOptions } from '../commands/command-gateway';
import { CommandEndpoint, CommandOptions } from '../commands/command-options.decorator';
import { JuryPaperCountDto, RecordJuryResultDto, RegisterJurorDto, RevokeJurorDto } from './jury.dto';
import { lineErrorsException, parseJurorCsv, readCsvBody } from './jury-http';

export interface IssuedCredential {
  jurorId: string;
  name: string;
  reference?: string;
  line?: number;
  /** The one-time code: shown in this answer only (only its hash is stored). */
  code: string;
  /** The link for her card or QR code. */
  link: string;
}

const PROGRESS_POLL_MS = 500;
const PROGRESS_HEARTBEAT_TICKS = 20;

/** The organiser's side of the jury: roster, credentials, paper count, tally, live progress and the result. */
@ApiTags('jury')
@Controller('campaigns/:campaignId/jury')
export class JuryRosterController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: QueryBus,
    private readonly credentials: JuryCredentials,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Post('jurors')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Register one juror; the answer carries her one-time code and link (shown once)' })
  async register(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: RegisterJurorDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.requireCampaign(campaignId);
    const code = this.credentials.newCode();
    const juror: JurorEntry = {
      jurorId: randomUUID(),
      name: dto.name,
      ...(dto.reference !== undefined ? { reference: dto.reference } : {}),
      ...(dto.userId !== undefined ? { userId: dto.userId } : {}),
      codeHash: this.credentials.hashCode(code),
    };
    const outcome = await this.commands.send(RegisterJurorCommand, campaignId, { juror }, user, options);
    const body = CommandGateway.respond(outcome, res);
    const issued = await this.issuedHere(outcome, [juror]);
    return { ...body, credential: issued ? this.credential(juror, code) : null, ...(issued ? {} : { note: REPEAT_NOTE }) };
  }

  @Post('jurors/import')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiBody({
    description: 'A CSV file with a header line (name/姓名 required; reference/编号 and user_id/账号 optional), as text/csv or as JSON { csv }',
    required: true,
    schema: { type: 'object', properties: { csv: { type: 'string' } }, required: ['csv'] },
  })
  @ApiOperation({
    summary:
      'Import jurors from a CSV file: every bad line is reported and nothing is imported unless all are good; the answer carries each one-time code (shown once)',
  })
  async import(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Req() req: Request,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const text = await readCsvBody(req);
    const rows = parseJurorCsv(text);
    await this.requireCampaign(campaignId);
    const codes = rows.map(() => this.credentials.newCode());
    const jurors: JurorEntry[] = rows.map((row, i) => ({
      jurorId: randomUUID(),
      name: row.name,
      ...(row.reference !== undefined ? { reference: row.reference } : {}),
      ...(row.userId !== undefined ? { userId: row.userId } : {}),
      codeHash: this.credentials.hashCode(codes[i]),
      line: row.line,
    }));
    // Report every conflicting line now, against the roster as it stands; the command checks again, atomically.
    const errors = await this.queries.execute(new CheckJurorEntriesQuery(campaignId, jurors));
    if (errors.length) throw lineErrorsException(422, errors);
    // The request as sent is the file itself (a text/csv body is not in req.body): a reused Idempotency-Key with
    // another file is then refused (422) instead of being taken for a repeat.
    const fingerprint = createHash('sha256').update(`${req.method} ${req.path}\n${text}`).digest('hex');
    const outcome = await this.commands.send(ImportJurorsCommand, campaignId, { jurors }, user, { ...options, fingerprint });
    const body = CommandGateway.respond(outcome, res);
    const issued = await this.issuedHere(outcome, jurors);
    return { ...body, credentials: issued ? jurors.map((j, i) => this.credential(j, codes[i])) : [], ...(issued ? {} : { note: REPEAT_NOTE }) };
  }

  @Get('jurors')
  @Roles('organiser')
  @ApiOperation({ summary: 'The roster with each credential’s status (issued / used / revoked), in pages' })
  async list(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Query('offset', new DefaultValuePipe(0), ParseIntPipe) offset: number,
    @Query('limit', new DefaultValuePipe(1000), ParseIntPipe) limit: number,
  ) {
    const roster = await this.queries.execute(new ListJurorsQuery(campaignId, Math.max(0, offset), Math.min(Math.max(1, limit), 10_000)));
    if (!roster) throw new NotFoundException(`Campaign ${campaignId} does not exist.`);
    return roster;
  }

  @Post('jurors/:jurorId/revoke')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Revoke a juror’s credential before it is used, with a reason' })
  async revoke(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('jurorId', ParseUUIDPipe) jurorId: string,
    @Body() dto: RevokeJurorDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.requireCampaign(campaignId);
    return CommandGateway.respond(await this.commands.send(RevokeJurorCredentialCommand, campaignId, { jurorId, reason: dto.reason }, user, options), res);
  }

  @Post('jurors/:jurorId/reissue')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Replace a lost, unused code with a new one (the old one stops working); the answer carries the new code' })
  async reissue(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('jurorId', ParseUUIDPipe) jurorId: string,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.requireCampaign(campaignId);
    const code = this.credentials.newCode();
    const codeHash = this.credentials.hashCode(code);
    const outcome = await this.commands.send(ReissueJurorCredentialCommand, campaignId, { jurorId, codeHash }, user, options);
    const body = CommandGateway.respond(outcome, res);
    const issued = (await loadEnvelope(this.dataSource.manager, outcome.commandId))?.payload as { codeHash?: string } | undefined;
    return issued?.codeHash === codeHash
      ? { ...body, credential: { jurorId, code, link: JuryCredentials.link(code) } }
      : { ...body, credential: null, note: REPEAT_NOTE };
  }

  @Post('paper-count')
  @Roles('organiser', 'counting-officer')
  @CommandEndpoint()
  @ApiOperation({
    summary: 'Enter a paper jury’s count (issued, returned, invalid, per candidate totals) instead of electronic ballots; refused unless it adds up',
  })
  async paperCount(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: JuryPaperCountDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.requireCampaign(campaignId);
    const count = { issued: dto.issued, returned: dto.returned, invalid: dto.invalid, candidates: dto.candidates.map((c) => ({ ...c })) };
    return CommandGateway.respond(await this.commands.send(RecordJuryPaperCountCommand, campaignId, { count }, user, options), res);
  }

  @Post('result')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'After the jury stage: record the jury’s part scores in the campaign’s history (once every accepted ballot is counted)' })
  async result(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() _dto: RecordJuryResultDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.requireCampaign(campaignId);
    return CommandGateway.respond(await this.commands.send(RecordJuryResultCommand, campaignId, {}, user, options), res);
  }

  @Get('tally')
  @Roles('organiser')
  @ApiOperation({
    summary: 'The jury tally from SQL aggregates: per candidate ballots, sum, lowest, highest, trimmed mean or approvals, and the jury score (0–100, 2 places)',
  })
  async tally(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    const tally = await this.queries.execute(new GetJuryTallyQuery(campaignId));
    if (!tally) throw new NotFoundException(`Campaign ${campaignId} does not exist or has not reached the jury stage.`);
    return tally;
  }

  @Sse('progress')
  @Roles('organiser')
  @EventStream()
  @ApiProduces('text/event-stream')
  @ApiOperation({
    summary: 'Live progress as server-sent events ("progress": received, processed, counted, pending, stage, final); EventSource may pass ?access_token=',
  })
  async progress(@Param('campaignId', ParseUUIDPipe) campaignId: string): Promise<Observable<MessageEvent>> {
    await this.requireCampaign(campaignId);
    let last = '';
    let quiet = 0;
    return interval(PROGRESS_POLL_MS).pipe(
      startWith(0),
      exhaustMap(() => from(this.queries.execute(new GetJuryProgressQuery(campaignId)))),
      filter((p) => {
        const text = JSON.stringify(p);
        quiet += 1;
        if (text === last && quiet < PROGRESS_HEARTBEAT_TICKS) return false;
        last = text;
        quiet = 0;
        return true;
      }),
      map((data) => ({ type: 'progress', data: data ?? {} }) as MessageEvent),
    );
  }

  private async requireCampaign(campaignId: string): Promise<void> {
    const [row] = await this.dataSource.query(`SELECT 1 FROM campaigns WHERE id = $1`, [campaignId]);
    if (!row) throw new NotFoundException(`Campaign ${campaignId} does not exist.`);
  }

  /**
   * True when the recorded command carries the codes made for this request. A repeated request (same
   * Idempotency-Key) gets the first outcome, but its codes were shown only in the first answer.
   */
  private async issuedHere(outcome: CommandOutcome, jurors: readonly JurorEntry[]): Promise<boolean> {
    const envelope = await loadEnvelope(this.dataSource.manager, outcome.commandId);
    const payload = envelope?.payload as { juror?: JurorEntry; jurors?: JurorEntry[] } | undefined;
    const recorded = payload?.juror ? [payload.juror] : (payload?.jurors ?? []);
    return recorded.length > 0 && recorded[0].codeHash === jurors[0].codeHash;
  }

  private credential(juror: JurorEntry, code: string): IssuedCredential {
    return {
      jurorId: juror.jurorId,
      name: juror.name,
      ...(juror.reference !== undefined ? { reference: juror.reference } : {}),
      ...(juror.line !== undefined ? { line: juror.line } : {}),
      code,
      link: JuryCredentials.link(code),
    };
  }
}

const REPEAT_NOTE =
  'This repeats an earlier request (same Idempotency-Key): its codes were shown in the first answer only. Reissue a lost code with POST …/jurors/{jurorId}/reissue.';

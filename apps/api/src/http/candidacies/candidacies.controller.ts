import { randomUUID } from 'node:crypto';
import { Body, Controller, ForbiddenException, Get, NotFoundException, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '@app/auth';
import { GetCampaignQuery } from '@app/campaign';
import type { Nomination } from '@app/domain';
import {
  type CandidacyView,
  DecideQualificationCommand,
  EditCandidacyCommand,
  GetCandidacyQuery,
  ListCandidaciesQuery,
  SubmitCandidacyCommand,
  WithdrawCandidacyCommand,
} from '@app/candidacy';
import { CommandGateway, type SendOptions } from '../commands/command-gateway';
import { CommandEndpoint, CommandOptions } from '../commands/command-options.decorator';
import { CandidacyDto, type NominationDto, QualificationDecisionDto, SubmitCandidacyDto, WithdrawCandidacyDto, WithdrawOnBehalfDto } from './candidacy.dto';

const isOrganiser = (user: AuthUser) => user.roles.includes('organiser');

/** The form's nomination as the domain reads it (each channel with only its own field); left out: a self-application. */
function nominationOf(dto: NominationDto | undefined): Nomination | undefined {
  if (!dto) return undefined;
  switch (dto.channel) {
    case 'organisation':
      return { channel: 'organisation', nominatingBody: dto.nominatingBody ?? '' };
    case 'joint':
      return { channel: 'joint', nominators: dto.nominators ?? [] };
    default:
      return { channel: dto.channel };
  }
}

@ApiTags('candidacies')
@ApiBearerAuth()
@Controller()
export class CandidaciesController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: QueryBus,
  ) {}

  @Post('campaigns/:campaignId/candidacies')
  @Roles('candidate')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Submit my candidacy and project proposal (result: { candidacyId })' })
  async submit(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: SubmitCandidacyDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    // A real account must own the address the organisers will write to; development-login tokens carry no such claim.
    if (user.emailConfirmed === false) {
      throw new ForbiddenException({
        code: 'account.email-unconfirmed',
        message: 'Confirm your e-mail address first: open the link we sent when you registered.',
      });
    }
    if (!(await this.queries.execute(new GetCampaignQuery(campaignId)))) throw new NotFoundException(`Campaign ${campaignId} does not exist.`);
    const payload = { candidacyId: randomUUID(), details: dto.details, proposal: dto.proposal, consent: dto.consent, nomination: nominationOf(dto.nomination) };
    return CommandGateway.respond(await this.commands.send(SubmitCandidacyCommand, campaignId, payload, user, options), res);
  }

  @Get('campaigns/:campaignId/candidacies')
  @Roles('organiser', 'candidate')
  @ApiOperation({ summary: 'Organisers see every candidacy; a candidate sees only her own' })
  list(@Param('campaignId', ParseUUIDPipe) campaignId: string, @CurrentUser() user: AuthUser) {
    return this.queries.execute(new ListCandidaciesQuery(campaignId, isOrganiser(user) ? undefined : user.id));
  }

  @Get('candidacies/:candidacyId')
  @Roles('organiser', 'candidate')
  @ApiOperation({ summary: 'Read a candidacy (organiser, or the candidate herself)' })
  get(@Param('candidacyId', ParseUUIDPipe) candidacyId: string, @CurrentUser() user: AuthUser) {
    return this.readable(candidacyId, user);
  }

  @Put('candidacies/:candidacyId')
  @Roles('candidate')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Edit my candidacy while candidacy is open' })
  async edit(
    @Param('candidacyId', ParseUUIDPipe) candidacyId: string,
    @Body() dto: CandidacyDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const candidacy = await this.own(candidacyId, user);
    const payload = { candidacyId, details: dto.details, proposal: dto.proposal, consent: dto.consent };
    return CommandGateway.respond(await this.commands.send(EditCandidacyCommand, candidacy.campaignId, payload, user, options), res);
  }

  @Post('candidacies/:candidacyId/withdraw')
  @Roles('candidate')
  @CommandEndpoint()
  @ApiOperation({
    summary: 'Withdraw my candidacy: until the congress starts (not while the jury votes); on the shortlist the next-ranked candidate replaces me',
  })
  async withdraw(
    @Param('candidacyId', ParseUUIDPipe) candidacyId: string,
    @Body() dto: WithdrawCandidacyDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const candidacy = await this.own(candidacyId, user);
    return CommandGateway.respond(
      await this.commands.send(WithdrawCandidacyCommand, candidacy.campaignId, { candidacyId, reason: dto.reason }, user, options),
      res,
    );
  }

  @Post('candidacies/:candidacyId/withdraw-on-behalf')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({
    summary:
      'Record a candidate’s withdrawal for her once candidacy has closed, with her reason: until the congress starts (not while the jury votes); on the shortlist the next-ranked candidate replaces her',
  })
  async withdrawOnBehalf(
    @Param('candidacyId', ParseUUIDPipe) candidacyId: string,
    @Body() dto: WithdrawOnBehalfDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const candidacy = await this.find(candidacyId);
    const payload = { candidacyId, reason: dto.reason, onBehalf: true };
    return CommandGateway.respond(await this.commands.send(WithdrawCandidacyCommand, candidacy.campaignId, payload, user, options), res);
  }

  @Post('candidacies/:candidacyId/qualification')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Accept or reject a candidacy, with a written reason (qualification review)' })
  async decide(
    @Param('candidacyId', ParseUUIDPipe) candidacyId: string,
    @Body() dto: QualificationDecisionDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const candidacy = await this.find(candidacyId);
    const payload = { candidacyId, decision: dto.decision, reason: dto.reason };
    return CommandGateway.respond(await this.commands.send(DecideQualificationCommand, candidacy.campaignId, payload, user, options), res);
  }

  private async find(candidacyId: string): Promise<CandidacyView> {
    const candidacy = await this.queries.execute(new GetCandidacyQuery(candidacyId));
    if (!candidacy) throw new NotFoundException(`Candidacy ${candidacyId} does not exist.`);
    return candidacy;
  }

  private async readable(candidacyId: string, user: AuthUser): Promise<CandidacyView> {
    const candidacy = await this.find(candidacyId);
    if (!isOrganiser(user) && candidacy.candidateId !== user.id) throw new ForbiddenException('You may only see your own candidacy.');
    return candidacy;
  }

  /** Authorisation only; the domain checks ownership again when it applies the command. */
  private async own(candidacyId: string, user: AuthUser): Promise<CandidacyView> {
    const candidacy = await this.find(candidacyId);
    if (candidacy.candidateId !== user.id) throw new ForbiddenException('Only the candidate herself may change her candidacy.');
    return candidacy;
  }
}

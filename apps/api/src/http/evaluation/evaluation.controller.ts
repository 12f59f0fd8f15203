import { BadRequestException, Body, Controller, Get, Param, ParseUUIDPipe, type PipeTransform, Post, Put, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '@app/auth';
import { DEFAULT_OUTLIER_DISTANCE } from '@app/domain';
import {
  AddExpertToPanelCommand,
  ChangeExpertAssignmentsCommand,
  CloseProjectReviewCommand,
  DeclareConflictOfInterestCommand,
  GetCandidacySheetsQuery,
  GetEvaluationCandidacyQuery,
  GetMissingSheetsQuery,
  GetMyAssignmentsQuery,
  GetPanelOpinionQuery,
  GetPanelQuery,
  GetProjectReviewScoresQuery,
  GetRaterStatisticsQuery,
  RecordPanelGradeCommand,
  SaveScoreSheetDraftCommand,
  SubmitScoreSheetCommand,
  UnlockScoreSheetCommand,
  type Viewer,
} from '@app/evaluation';
import { CommandGateway, type SendOptions } from '../commands/command-gateway';
import { CommandEndpoint, CommandOptions } from '../commands/command-options.decorator';
import {
  AddExpertDto,
  ChangeAssignmentsDto,
  CloseProjectReviewDto,
  DeclareConflictDto,
  PanelGradeDto,
  RecordConflictDto,
  ScoreSheetDraftDto,
  StatisticsQueryDto,
  SubmitScoreSheetDto,
  UnlockSheetDto,
  USER_ID,
} from './evaluation.dto';

/** A person's user id in a path, shaped as dev-login and tokens make them. */
class ParseUserIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!USER_ID.test(value)) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'expertId must be 1–64 of [A-Za-z0-9._-]',
        errors: [{ field: 'expertId', rule: 'pattern', message: 'expertId must be 1–64 of [A-Za-z0-9._-]' }],
      });
    }
    return value;
  }
}

const viewer = (user: AuthUser): Viewer => ({ id: user.id, organiser: user.roles.includes('organiser') });

/**
 * Expert evaluation (DOMAIN.md stages 4 and 5): the panel, conflicts of interest, score sheets, the project review
 * score, rater statistics and the panel's opinion. Organiser routes manage and read everything; expert routes act
 * only as the signed-in expert and show only what she may see (her own sheet first, nothing when recused,
 * nothing identifying while blind review applies).
 */
@ApiTags('evaluation')
@Controller('campaigns/:campaignId/evaluation')
export class EvaluationController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: QueryBus,
  ) {}

  // ── The panel (organiser) ────────────────────────────────────────────────────────────────────────────────

  @Post('experts')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Put an expert on the panel, assigned to every qualified candidacy unless candidacyIds are given' })
  async addExpert(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: AddExpertDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const payload = { expertId: dto.expertId, name: dto.name, candidacyIds: dto.candidacyIds ?? null };
    return CommandGateway.respond(await this.commands.send(AddExpertToPanelCommand, campaignId, payload, user, options), res);
  }

  @Put('experts/:expertId/assignments')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Set whom an expert scores: a list of candidacies, or null for all' })
  async changeAssignments(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('expertId', ParseUserIdPipe) expertId: string,
    @Body() dto: ChangeAssignmentsDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const payload = { expertId, candidacyIds: dto.candidacyIds };
    return CommandGateway.respond(await this.commands.send(ChangeExpertAssignmentsCommand, campaignId, payload, user, options), res);
  }

  @Post('experts/:expertId/conflicts')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Record a conflict of interest for an expert (she is recused for that candidacy)' })
  async recordConflict(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('expertId', ParseUserIdPipe) expertId: string,
    @Body() dto: RecordConflictDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const payload = { expertId, candidacyId: dto.candidacyId, reason: dto.reason, declaredBy: 'organiser' };
    return CommandGateway.respond(await this.commands.send(DeclareConflictOfInterestCommand, campaignId, payload, user, options), res);
  }

  @Get('panel')
  @Roles('organiser')
  @ApiOperation({ summary: 'The panel: experts, their assignments and recusals' })
  panel(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    return this.queries.execute(new GetPanelQuery(campaignId));
  }

  // ── Score sheets (expert) ────────────────────────────────────────────────────────────────────────────────

  @Get('assignments/mine')
  @Roles('expert')
  @ApiOperation({ summary: 'My assignments in this campaign, with each proposal (blind while blind review applies) and my sheet' })
  myAssignments(@Param('campaignId', ParseUUIDPipe) campaignId: string, @CurrentUser() user: AuthUser) {
    return this.queries.execute(new GetMyAssignmentsQuery(campaignId, user.id));
  }

  @Get('candidacies/:candidacyId')
  @Roles('organiser', 'expert')
  @ApiOperation({ summary: 'One candidacy: everything for the organiser; for an assigned expert, the (possibly blind) proposal and her sheet' })
  candidacy(@Param('campaignId', ParseUUIDPipe) campaignId: string, @Param('candidacyId', ParseUUIDPipe) candidacyId: string, @CurrentUser() user: AuthUser) {
    return this.queries.execute(new GetEvaluationCandidacyQuery(campaignId, candidacyId, viewer(user)));
  }

  @Post('candidacies/:candidacyId/conflict-of-interest')
  @Roles('expert')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Declare my conflict of interest with a candidacy, with the reason; I am recused for it' })
  async declareConflict(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('candidacyId', ParseUUIDPipe) candidacyId: string,
    @Body() dto: DeclareConflictDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const payload = { expertId: user.id, candidacyId, reason: dto.reason, declaredBy: 'expert' };
    return CommandGateway.respond(await this.commands.send(DeclareConflictOfInterestCommand, campaignId, payload, user, options), res);
  }

  @Put('candidacies/:candidacyId/sheet')
  @Roles('expert')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Save my draft sheet (any subset of criteria, each within [0, max] on the step); as often as I like until I submit' })
  async saveDraft(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('candidacyId', ParseUUIDPipe) candidacyId: string,
    @Body() dto: ScoreSheetDraftDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const payload = { candidacyId, scores: dto.scores, comment: dto.comment };
    return CommandGateway.respond(await this.commands.send(SaveScoreSheetDraftCommand, campaignId, payload, user, options), res);
  }

  @Post('candidacies/:candidacyId/sheet/submit')
  @Roles('expert')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Submit my sheet (the scores sent, or my saved draft); it is locked from then on' })
  async submit(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('candidacyId', ParseUUIDPipe) candidacyId: string,
    @Body() dto: SubmitScoreSheetDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const payload = { candidacyId, scores: dto.scores, comment: dto.comment };
    return CommandGateway.respond(await this.commands.send(SubmitScoreSheetCommand, campaignId, payload, user, options), res);
  }

  @Get('candidacies/:candidacyId/sheets')
  @Roles('organiser', 'expert')
  @ApiOperation({ summary: 'Sheets of a candidacy: all for the organiser; for an expert, the others’ only after she submitted hers (never when recused)' })
  sheets(@Param('campaignId', ParseUUIDPipe) campaignId: string, @Param('candidacyId', ParseUUIDPipe) candidacyId: string, @CurrentUser() user: AuthUser) {
    return this.queries.execute(new GetCandidacySheetsQuery(campaignId, candidacyId, viewer(user)));
  }

  @Post('candidacies/:candidacyId/sheets/:expertId/unlock')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Unlock one submitted sheet with a written reason (recorded as an event)' })
  async unlock(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('candidacyId', ParseUUIDPipe) candidacyId: string,
    @Param('expertId', ParseUserIdPipe) expertId: string,
    @Body() dto: UnlockSheetDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const payload = { expertId, candidacyId, reason: dto.reason };
    return CommandGateway.respond(await this.commands.send(UnlockScoreSheetCommand, campaignId, payload, user, options), res);
  }

  // ── Project review results (organiser) ──────────────────────────────────────────────────────────────────

  @Get('missing-sheets')
  @Roles('organiser')
  @ApiOperation({ summary: 'Missing work: which experts have not submitted which sheets' })
  missing(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    return this.queries.execute(new GetMissingSheetsQuery(campaignId));
  }

  @Get('project-review-scores')
  @Roles('organiser')
  @ApiOperation({ summary: 'Project review score per qualified candidacy (trimmed mean, 2 places, exact), with completeness' })
  scores(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    return this.queries.execute(new GetProjectReviewScoresQuery(campaignId));
  }

  @Get('statistics')
  @Roles('organiser')
  @ApiOperation({ summary: 'Rater statistics: spread per candidate, offset per expert, Kendall’s W, outlying sheets' })
  statistics(@Param('campaignId', ParseUUIDPipe) campaignId: string, @Query() query: StatisticsQueryDto) {
    return this.queries.execute(new GetRaterStatisticsQuery(campaignId, query.outlierDistance ?? String(DEFAULT_OUTLIER_DISTANCE)));
  }

  @Post('project-review/close')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Close project review (→ panel-opinion): only when every non-recused assignment is submitted, or with overrideReason' })
  async close(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: CloseProjectReviewDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(CloseProjectReviewCommand, campaignId, { overrideReason: dto.overrideReason }, user, options), res);
  }

  // ── Panel opinion ───────────────────────────────────────────────────────────────────────────────────────

  @Put('candidacies/:candidacyId/panel-grade')
  @Roles('expert')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Record (or revise, while the stage is open) my panel grade and written opinion for a candidacy' })
  async grade(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('candidacyId', ParseUUIDPipe) candidacyId: string,
    @Body() dto: PanelGradeDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const payload = { candidacyId, grade: dto.grade, opinion: dto.opinion };
    return CommandGateway.respond(await this.commands.send(RecordPanelGradeCommand, campaignId, payload, user, options), res);
  }

  @Get('panel-opinion')
  @Roles('organiser')
  @ApiOperation({ summary: 'The panel grade per candidacy (majority, ties to the lower grade) and its points' })
  panelOpinion(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    return this.queries.execute(new GetPanelOpinionQuery(campaignId));
  }
}

import { Controller, ForbiddenException, Get, NotFoundException, Param, ParseUUIDPipe, Res, ServiceUnavailableException } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { type AuthUser, CurrentUser, Roles } from '@app/auth';
import { ProposalAttachments, registrationFormHtml } from '@app/candidacy';
import { type ExpertCandidacyView, GetEvaluationCandidacyQuery, scoreSheetHtml } from '@app/evaluation';
import { CampaignScope } from '@app/organisation';
import { SharedChromium } from '@app/results';

/**
 * Printable forms (issue 17): the registration form (报名表) of a candidacy and an expert's score sheet (评分表),
 * as HTML to print from the browser and as PDF printed by the same Chromium as the publicity notice.
 */
@ApiTags('printables')
@ApiBearerAuth()
@Controller()
export class PrintablesController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queries: QueryBus,
    private readonly attachments: ProposalAttachments,
    private readonly scope: CampaignScope,
    private readonly chromium: SharedChromium,
  ) {}

  @Get('candidacies/:candidacyId/registration-form')
  @Roles('organiser', 'candidate')
  @ApiOperation({ summary: 'The registration form (报名表) as a printable page (the candidate herself, or an organiser)' })
  async registrationForm(@Param('candidacyId', ParseUUIDPipe) candidacyId: string, @CurrentUser() user: AuthUser, @Res() res: Response) {
    this.html(res, await this.registrationFormOf(candidacyId, user));
  }

  @Get('candidacies/:candidacyId/registration-form.pdf')
  @Roles('organiser', 'candidate')
  @ApiOperation({ summary: 'The registration form (报名表) as PDF' })
  async registrationFormPdf(@Param('candidacyId', ParseUUIDPipe) candidacyId: string, @CurrentUser() user: AuthUser, @Res() res: Response) {
    await this.pdf(res, await this.registrationFormOf(candidacyId, user), 'registration-form.pdf');
  }

  @Get('campaigns/:campaignId/evaluation/candidacies/:candidacyId/score-sheet')
  @Roles('expert')
  @ApiOperation({ summary: 'My score sheet (评分表) for a project as a printable page: blank to fill in by hand, or with my scores' })
  async scoreSheet(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('candidacyId', ParseUUIDPipe) candidacyId: string,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ) {
    this.html(res, await this.scoreSheetOf(campaignId, candidacyId, user));
  }

  @Get('campaigns/:campaignId/evaluation/candidacies/:candidacyId/score-sheet.pdf')
  @Roles('expert')
  @ApiOperation({ summary: 'My score sheet (评分表) for a project as PDF' })
  async scoreSheetPdf(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('candidacyId', ParseUUIDPipe) candidacyId: string,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ) {
    await this.pdf(res, await this.scoreSheetOf(campaignId, candidacyId, user), 'score-sheet.pdf');
  }

  private async registrationFormOf(candidacyId: string, user: AuthUser): Promise<string> {
    const [c] = await this.db.query(
      `SELECT c.campaign_id, c.candidate_id, c.details, c.proposal, c.submitted_at, k.title, k.organising_body
       FROM candidacies c JOIN campaigns k ON k.id = c.campaign_id WHERE c.id = $1`,
      [candidacyId],
    );
    if (!c) throw new NotFoundException({ code: 'candidacy.not-found', message: `Candidacy ${candidacyId} does not exist.` });
    const own = user.roles.includes('candidate') && c.candidate_id === user.id;
    if (!own && !(user.roles.includes('organiser') && (await this.scope.organisesCampaign(user.id, c.campaign_id)))) {
      throw new ForbiddenException({ code: 'candidacy.not-owner', message: 'Only the candidate herself or an organiser may print this registration form.' });
    }
    return registrationFormHtml({
      campaignTitle: c.title,
      organisingBody: c.organising_body,
      candidacyId,
      submittedAt: new Date(c.submitted_at).toISOString(),
      details: c.details,
      proposal: c.proposal,
      attachments: await this.attachments.list(candidacyId),
    });
  }

  private async scoreSheetOf(campaignId: string, candidacyId: string, user: AuthUser): Promise<string> {
    // The same view (and the same refusals: not assigned, recused) as the expert's screen.
    const view = (await this.queries.execute(
      new GetEvaluationCandidacyQuery(campaignId, candidacyId, { id: user.id, organiser: false }),
    )) as ExpertCandidacyView;
    const numbered = `${view.numberedAs === 'project' ? '项目' : '报名'} ${view.number}`;
    const [campaign] = await this.db.query(`SELECT title, config->'rubric' AS rubric FROM campaigns WHERE id = $1`, [campaignId]);
    const [expert] = await this.db.query(`SELECT name FROM evaluation_experts WHERE campaign_id = $1 AND expert_id = $2`, [campaignId, user.id]);
    return scoreSheetHtml({
      campaignTitle: campaign.title,
      projectLabel: view.blind ? numbered : `${numbered}：${view.proposal?.title ?? ''}`,
      candidateName: view.blind ? null : (view.candidate?.name ?? null),
      expertName: expert?.name ?? user.name ?? user.id,
      rubric: campaign.rubric,
      sheet: view.sheet,
    });
  }

  private html(res: Response, html: string): void {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'private, no-store');
    res.end(html);
  }

  private async pdf(res: Response, html: string, fileName: string): Promise<void> {
    if (!this.chromium.available)
      throw new ServiceUnavailableException({
        code: 'printable-pdf.unavailable',
        message: 'This server has no Chromium to print PDFs; print the page from the browser instead.',
      });
    const pdf = await this.chromium.printPdf(html, { landscape: false });
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `inline; filename="${fileName}"`);
    res.setHeader('cache-control', 'private, no-store');
    res.end(pdf);
  }
}

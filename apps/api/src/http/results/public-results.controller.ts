import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Header, NotFoundException, Param, ParseUUIDPipe, Post, Res, ServiceUnavailableException, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public, RateLimited } from '@app/auth';
import type { ResultsView } from '@app/domain';
import { GetResultsQuery, LodgeObjectionCommand, NoticePdfs, publicNoticeHtml, RenderQueueFull, resultsCsv } from '@app/results';
import { CommandGateway, type SendOptions } from '../commands/command-gateway';
import { CommandEndpoint, CommandOptions } from '../commands/command-options.decorator';
import { LodgeObjectionDto } from './results.dto';

/** What the public may read once the organiser has published: the notice, the table, the CSV, and objections. */
@ApiTags('public results')
@Controller('public/campaigns/:campaignId')
export class PublicResultsController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: QueryBus,
    private readonly noticePdfs: NoticePdfs,
  ) {}

  private async published(campaignId: string): Promise<ResultsView> {
    const view = await this.queries.execute(new GetResultsQuery(campaignId, true));
    if (!view) throw new NotFoundException('No published result for this campaign.');
    return view;
  }

  @Get('results')
  @Public()
  @ApiOperation({ summary: 'The published result with every part score (after publication only)' })
  results(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    return this.published(campaignId);
  }

  @Get('results.csv')
  @Public()
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The published ranked result as CSV (UTF-8 with BOM, opens in Excel)' })
  async csv(@Param('campaignId', ParseUUIDPipe) campaignId: string, @Res({ passthrough: true }) res: Response) {
    res.setHeader('Content-Disposition', `attachment; filename="results-${campaignId}.csv"`);
    return resultsCsv(await this.published(campaignId));
  }

  @Get('notice')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'The public notice (公示) as a printable page' })
  async notice(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    return publicNoticeHtml(await this.published(campaignId));
  }

  @Get('notice.pdf')
  @Public()
  @ApiOperation({
    summary:
      'The public notice as PDF: rendered once per version of the notice and stored; 503 with Retry-After while too many new versions wait to be rendered, or when the server has no Chromium',
  })
  async noticePdf(@Param('campaignId', ParseUUIDPipe) campaignId: string, @Res({ passthrough: true }) res: Response) {
    let pdf: Buffer | undefined;
    try {
      pdf = await this.noticePdfs.pdfFor(campaignId, publicNoticeHtml(await this.published(campaignId)));
    } catch (err) {
      if (!(err instanceof RenderQueueFull)) throw err;
      res.setHeader('Retry-After', String(err.retryAfterSeconds));
      throw new ServiceUnavailableException({ statusCode: 503, error: 'Service Unavailable', code: 'notice-pdf.busy', message: err.message });
    }
    if (!pdf) throw new ServiceUnavailableException('PDF export needs Chromium on the server (CHROMIUM_PATH); print the HTML notice instead.');
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="notice-${campaignId}.pdf"`);
    return new StreamableFile(pdf);
  }

  @Post('objections')
  @Public()
  @RateLimited()
  @CommandEndpoint()
  @ApiOperation({ summary: 'Lodge an objection during the publicity period (anyone; no sign-in needed)' })
  async object(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: LodgeObjectionDto,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.published(campaignId);
    // Objectors need not sign in: they share the actor "public", so a retry with the same Idempotency-Key is
    // applied once, and the same key with a different text is refused.
    const actor = { id: 'public', roles: [] as never[] };
    return CommandGateway.respond(await this.commands.send(LodgeObjectionCommand, campaignId, { objectionId: randomUUID(), ...dto }, actor, options), res);
  }
}

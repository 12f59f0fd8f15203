import { BadRequestException, Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LimitFailedAttempts, Public } from '@app/auth';
import { BallotIntake, type BallotPaperView, CheckReceiptQuery, CredentialExchange, GetBallotPaperQuery, ListReceiptsQuery } from '@app/jury';
import { invalidRequest } from '../../validation/validation.pipe';
import { ballotChoiceOf, ballotRequestProblems } from './jury-ballot-request';
import { JuryBallotDto, JurorCodeDto } from './jury.dto';

const RECEIPT = /^[0-9a-f]{64}$/;

/** The juror's side: exchange her code once, cast or replace her ballot, and check receipts (public). */
@ApiTags('jury')
@Controller()
export class JuryBallotsController {
  private readonly papers = new Map<string, BallotPaperView>();

  constructor(
    private readonly exchange: CredentialExchange,
    private readonly intake: BallotIntake,
    private readonly queries: QueryBus,
  ) {}

  @Post('jury/session')
  @Public()
  @LimitFailedAttempts()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Exchange a one-time juror code for a ballot token (once: the code is then used; a used or revoked code is refused). The token casts and, until the jury closes, replaces her ballot.',
  })
  async session(@Body() dto: JurorCodeDto) {
    const session = await this.exchange.exchange(dto.code);
    return { ...session, ballotPaper: (await this.paperView(session.campaignId)) ?? null };
  }

  @Post('jury/ballots')
  @Public()
  @HttpCode(202)
  @ApiHeader({ name: 'X-Ballot-Token', required: true, description: 'From POST /jury/session' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Send it again with the same key and it is the same ballot, with the same receipt.' })
  @ApiAcceptedResponse({ description: 'Accepted and durably queued: { ballotId, receipt, seq }. Her latest accepted ballot is the one counted.' })
  @ApiOperation({ summary: 'Cast or replace my ballot (score mode: every candidate 0–100; approval mode: at most K). 409 once the jury has closed.' })
  @ApiBody({ type: JuryBallotDto })
  async cast(@Body() body: Record<string, unknown>, @Headers('x-ballot-token') token?: string, @Headers('idempotency-key') key?: string) {
    // Checked here, once, as the fast path checks it (the body is no DTO class, so the global pipe leaves it).
    const problems = ballotRequestProblems(body, key);
    if (problems.length) throw invalidRequest(problems);
    return this.intake.cast(ballotChoiceOf(body), token, key);
  }

  @Get('campaigns/:campaignId/jury/ballot-paper')
  @Public()
  @ApiOperation({ summary: 'The ballot paper: mode, K, and the candidates in their fixed order (from the jury stage on)' })
  async ballotPaper(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    const paper = await this.paperView(campaignId);
    if (!paper) throw new NotFoundException(`Campaign ${campaignId} has no ballot paper (it does not exist or has not reached the jury stage).`);
    return paper;
  }

  /** A ballot paper never changes once fixed, so its view is kept (a few hundred bytes per campaign). */
  private async paperView(campaignId: string): Promise<BallotPaperView | undefined> {
    const cached = this.papers.get(campaignId);
    if (cached) return cached;
    const paper = await this.queries.execute(new GetBallotPaperQuery(campaignId));
    if (paper) {
      if (this.papers.size >= 1000) this.papers.delete(this.papers.keys().next().value!);
      this.papers.set(campaignId, paper);
    }
    return paper;
  }

  @Get('campaigns/:campaignId/jury/receipts')
  @Public()
  @ApiOperation({ summary: 'The published list of counted receipts, sorted, in pages (?after=<last receipt>&limit=)' })
  async receipts(@Param('campaignId', ParseUUIDPipe) campaignId: string, @Query('after') after?: string, @Query('limit') limitText?: string) {
    if (after !== undefined && !RECEIPT.test(after))
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'after must be a receipt (64 hex digits)',
        errors: [{ field: 'after', rule: 'pattern', message: 'after must be 64 hex digits' }],
      });
    const limit = limitText === undefined ? 1000 : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'limit must be a whole number 1–10000',
        errors: [{ field: 'limit', rule: 'isInt', message: 'limit must be 1–10000' }],
      });
    }
    const list = await this.queries.execute(new ListReceiptsQuery(campaignId, after, limit));
    if (!list) throw new NotFoundException(`Campaign ${campaignId} does not exist.`);
    return list;
  }

  @Get('campaigns/:campaignId/jury/receipts/:receipt')
  @Public()
  @ApiOperation({ summary: 'Check one receipt: counted, superseded (replaced by her later ballot) or not-found' })
  async checkReceipt(@Param('campaignId', ParseUUIDPipe) campaignId: string, @Param('receipt') receipt: string) {
    const normal = receipt.toLowerCase();
    if (!RECEIPT.test(normal))
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'A receipt is 64 hex digits',
        errors: [{ field: 'receipt', rule: 'pattern', message: 'A receipt is 64 hex digits' }],
      });
    const check = await this.queries.execute(new CheckReceiptQuery(campaignId, normal));
    if (!check) throw new NotFoundException(`Campaign ${campaignId} does not exist.`);
    return check;
  }
}

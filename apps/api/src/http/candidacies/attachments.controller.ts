import { randomUUID } from 'node:crypto';
import {
  Controller,
  Delete,
  ForbiddenException,
  Get,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  ConflictException,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { type AuthUser, CurrentUser, Roles } from '@app/auth';
import { ProposalAttachments } from '@app/candidacy';
import { AppConfig } from '@app/config';
import { CampaignScope } from '@app/organisation';
import { checkedType, fileNameOf, fileRefusal, readUpload } from './attachment-upload';

type Reader = 'candidate' | 'organiser' | 'expert';

/**
 * Files attached to a proposal (issue 17): the candidate uploads PDF, JPEG or PNG files while candidacy is open;
 * she, the campaign's organisers and the experts assigned to her (not recused) read them; under blind review an
 * expert gets the copy without identifying metadata, under a neutral name. Everyone else: 403.
 */
@ApiTags('candidacies')
@ApiBearerAuth()
@Controller('candidacies/:candidacyId/attachments')
export class AttachmentsController {
  constructor(
    private readonly attachments: ProposalAttachments,
    private readonly scope: CampaignScope,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Post()
  @Roles('candidate')
  @HttpCode(201)
  @ApiConsumes('application/pdf', 'image/jpeg', 'image/png', 'application/octet-stream')
  @ApiBody({ description: 'The file itself as the body; its name URI-encoded in the X-File-Name header. Send Idempotency-Key to make a retry safe.' })
  @ApiOperation({ summary: 'Attach a PDF, JPEG or PNG to my proposal while candidacy is open (413 over the size limit, 422 for another type)' })
  async upload(
    @Param('candidacyId', ParseUUIDPipe) candidacyId: string,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const candidacy = await this.candidacy(candidacyId);
    if (candidacy.candidate_id !== user.id) {
      req.resume();
      throw new ForbiddenException({ code: 'attachment.not-your-candidacy', message: 'Only the candidate herself may attach files to her proposal.' });
    }
    if (candidacy.stage !== 'candidacy-open' || candidacy.status !== 'submitted') {
      req.resume();
      throw new ConflictException({
        code: 'attachment.candidacy-closed',
        message: 'Files can be attached only while candidacy is open and the candidacy stands.',
      });
    }
    const content = await readUpload(req, this.config.ATTACHMENT_MAX_BYTES);
    const mediaType = checkedType(content, req.headers['content-type']);
    const fileName = fileNameOf(req.headers['x-file-name'], mediaType);
    if ((await this.attachments.count(candidacyId)) >= this.config.ATTACHMENTS_PER_CANDIDACY) {
      const message = `A proposal has at most ${this.config.ATTACHMENTS_PER_CANDIDACY} attachments.`;
      throw fileRefusal(HttpStatus.UNPROCESSABLE_ENTITY, 'attachment.too-many', 'file', 'max-count', message, { limit: this.config.ATTACHMENTS_PER_CANDIDACY });
    }
    const key = req.headers['idempotency-key'];
    const stored = await this.attachments.add({
      candidacyId,
      campaignId: candidacy.campaign_id,
      candidateId: user.id,
      fileName,
      mediaType,
      content,
      idempotencyKey: typeof key === 'string' && key ? key.slice(0, 200) : randomUUID(),
    });
    if (!stored) throw new ConflictException({ code: 'idempotency-key.reused', message: 'This Idempotency-Key was already used for another file.' });
    if (!stored.created) res.status(200);
    return stored.attachment;
  }

  @Get()
  @Roles('organiser', 'expert', 'candidate')
  @ApiOperation({ summary: 'The files attached to a proposal (the candidate, the organisers, the experts assigned to her)' })
  async list(@Param('candidacyId', ParseUUIDPipe) candidacyId: string, @CurrentUser() user: AuthUser) {
    const reader = await this.reader(candidacyId, user);
    const blind = reader.role === 'expert' && reader.blindReview;
    const files = await this.attachments.list(candidacyId);
    // Under blind review the original's hash is withheld too: it would match the file the candidate shared elsewhere.
    return files.map((f, i) =>
      blind
        ? { ...f, fileName: `attachment-${i + 1}.${f.mediaType === 'application/pdf' ? 'pdf' : f.mediaType === 'image/png' ? 'png' : 'jpg'}`, sha256: null }
        : { ...f, sha256: f.sha256 as string | null },
    );
  }

  @Get(':attachmentId')
  @Roles('organiser', 'expert', 'candidate')
  @ApiOperation({ summary: 'The file itself (inline; ?download=1 as an attachment); under blind review an expert gets it without identifying metadata' })
  async download(
    @Param('candidacyId', ParseUUIDPipe) candidacyId: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const reader = await this.reader(candidacyId, user);
    const file = await this.attachments.file(candidacyId, attachmentId, reader.role === 'expert' && reader.blindReview);
    if (!file) throw new NotFoundException({ code: 'attachment.not-found', message: 'No such attachment on this proposal.' });
    const disposition = req.query.download ? 'attachment' : 'inline';
    res.setHeader('content-type', file.mediaType);
    res.setHeader('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('cache-control', 'private, no-store');
    // A file is shown, never run: even a PDF viewer gets no script or form submission from our origin.
    res.setHeader('content-security-policy', "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'");
    res.end(file.content);
  }

  @Delete(':attachmentId')
  @Roles('candidate')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a file from my proposal while candidacy is open' })
  async remove(
    @Param('candidacyId', ParseUUIDPipe) candidacyId: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
    @CurrentUser() user: AuthUser,
  ) {
    const candidacy = await this.candidacy(candidacyId);
    if (candidacy.candidate_id !== user.id)
      throw new ForbiddenException({ code: 'attachment.not-your-candidacy', message: 'Only the candidate herself may remove files from her proposal.' });
    if (candidacy.stage !== 'candidacy-open')
      throw new ConflictException({ code: 'attachment.candidacy-closed', message: 'Files can be removed only while candidacy is open.' });
    if (!(await this.attachments.remove(candidacyId, attachmentId)))
      throw new NotFoundException({ code: 'attachment.not-found', message: 'No such attachment on this proposal.' });
  }

  private async candidacy(candidacyId: string): Promise<{ campaign_id: string; candidate_id: string; status: string; stage: string; blind_review: boolean }> {
    const [row] = await this.db.query(
      `SELECT c.campaign_id, c.candidate_id, c.status, k.stage, coalesce((k.config->>'blindReview')::boolean, false) AS blind_review
       FROM candidacies c JOIN campaigns k ON k.id = c.campaign_id WHERE c.id = $1`,
      [candidacyId],
    );
    if (!row) throw new NotFoundException({ code: 'candidacy.not-found', message: `Candidacy ${candidacyId} does not exist.` });
    return row;
  }

  /** Who she reads as: the candidate herself, an organiser of the campaign, or an expert assigned to this candidacy. */
  private async reader(candidacyId: string, user: AuthUser): Promise<{ role: Reader; blindReview: boolean }> {
    const c = await this.candidacy(candidacyId);
    if (user.roles.includes('candidate') && c.candidate_id === user.id) return { role: 'candidate', blindReview: c.blind_review };
    if (user.roles.includes('organiser') && (await this.scope.organisesCampaign(user.id, c.campaign_id)))
      return { role: 'organiser', blindReview: c.blind_review };
    if (user.roles.includes('expert')) {
      const [assigned] = await this.db.query(
        `SELECT 1 FROM evaluation_experts e
         WHERE e.campaign_id = $1 AND e.expert_id = $2
           AND ((e.candidacy_ids IS NULL AND $4 = 'accepted') OR e.candidacy_ids ? $3)
           AND NOT EXISTS (SELECT 1 FROM evaluation_recusals r WHERE r.campaign_id = e.campaign_id AND r.expert_id = e.expert_id AND r.candidacy_id::text = $3)`,
        [c.campaign_id, user.id, candidacyId, c.status],
      );
      if (assigned) return { role: 'expert', blindReview: c.blind_review };
    }
    throw new ForbiddenException({
      code: 'attachment.not-a-reader',
      message: 'Only the candidate, the organisers and the experts assigned to this proposal may read its files.',
    });
  }
}

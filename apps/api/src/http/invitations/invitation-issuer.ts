import { randomUUID } from 'node:crypto';
import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '@app/auth';
import { AppConfig } from '@app/config';
import { invalid, notFound } from '@app/domain';
import {
  accountLink,
  type Invitation,
  invitationMail,
  type InvitationPlace,
  InvitationsRepository,
  invitationView,
  type InvitedRole,
  Mailer,
} from '@app/identity';
import { applyOnce } from '@app/organisation';
import type { SendOptions } from '../commands/command-gateway';
import { asHttpRefusal } from './invitation-refusals';

/**
 * Issues and withdraws invitations, once per Idempotency-Key (a retried request neither mails a second link nor
 * replaces the first). The mail goes out after the invitation is committed, so a link in a mail always opens.
 */
@Injectable()
export class InvitationIssuer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invitations: InvitationsRepository,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  async invite(place: InvitationPlace, input: { email: string; name: string; role: InvitedRole }, user: AuthUser, options: SendOptions) {
    const placeName = await this.placeName(place);
    let issued: { invitation: Invitation; token: string } | undefined;
    const response = await this.once(user, options, async (m) => {
      if (place.campaignId) await this.refuseCandidate(place.campaignId, input.email);
      issued = await this.invitations.issue(m, place, { ...input, invitedBy: { id: user.id, name: user.name } });
      return invitationView(issued.invitation);
    });
    if (issued) await this.mailer.send(invitationMail(issued.invitation, placeName, accountLink(this.config.PUBLIC_URL, 'accept-invitation', issued.token)));
    return response;
  }

  async withdraw(place: InvitationPlace, invitationId: string, user: AuthUser, options: SendOptions) {
    return this.once(user, options, async (m) => {
      if (!(await this.invitations.withdraw(m, place, invitationId)))
        throw notFound('invitation.not-found', 'No pending invitation with this id here.', 'invitationId');
      return { invitationId, withdrawn: true };
    });
  }

  async pending(place: InvitationPlace) {
    await this.placeName(place);
    return (await this.invitations.pending(place)).map(invitationView);
  }

  /** Same rule as grants: whoever has applied in a campaign can never hold a role in it. */
  private async refuseCandidate(campaignId: string, email: string): Promise<void> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM candidacies c JOIN people p ON p.id::text = c.candidate_id WHERE c.campaign_id = $1 AND lower(p.email) = $2 LIMIT 1`,
      [campaignId, email.trim().toLowerCase()],
    );
    if (rows.length)
      throw invalid('invitation.invitee-is-candidate', 'This address belongs to a candidate of this campaign, who can never hold a role in it.', 'email');
  }

  /** The campaign's title or the organisation's name, for the mail; 404 when there is no such place. */
  private async placeName(place: InvitationPlace): Promise<string> {
    const [row] = place.campaignId
      ? await this.dataSource.query(`SELECT title AS name FROM campaigns WHERE id = $1`, [place.campaignId])
      : await this.dataSource.query(`SELECT name FROM organisations WHERE id = $1`, [place.organisationId]);
    if (!row)
      throw asHttpRefusal(
        place.campaignId
          ? notFound('campaign.not-found', `Campaign ${place.campaignId} does not exist.`)
          : notFound('organisation.not-found', `Organisation ${place.organisationId} does not exist.`, 'organisationId'),
      );
    return row.name;
  }

  private async once<T>(user: AuthUser, options: SendOptions, change: Parameters<typeof applyOnce<T>>[4]): Promise<T> {
    try {
      const outcome = await applyOnce(this.dataSource, user.id, options.idempotencyKey ?? randomUUID(), options.fingerprint ?? '', change);
      if (outcome.kind === 'key-reused') {
        throw new UnprocessableEntityException({
          statusCode: 422,
          error: 'Unprocessable Entity',
          code: 'idempotency-key.reused',
          message: `Idempotency-Key "${options.idempotencyKey}" was already used for a different request.`,
        });
      }
      return outcome.response;
    } catch (err) {
      throw asHttpRefusal(err);
    }
  }
}

import { ForbiddenException, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '@app/auth';
import { GrantCampaignRoleCommand } from '@app/campaign';
import { AddExpertToPanelCommand } from '@app/evaluation';
import {
  hashPassword,
  type Invitation,
  InvitationsRepository,
  passwordProblems,
  PeopleRepository,
  type Person,
  SessionTokenService,
  SignInService,
} from '@app/identity';
import { addOrganiser, CampaignScope } from '@app/organisation';
import { invalidRequest } from '../../validation/validation.pipe';
import { CommandGateway } from '../commands/command-gateway';
import { asHttpRefusal, invitationLinkRefused } from './invitation-refusals';

/**
 * Accepting an invitation: the invitee is found by the invited address (or created, her address confirmed by the
 * link she opened), gets the grant — organisation membership, or the campaign's own command (AddExpertToPanel,
 * GrantCampaignRole) sent as the inviting organiser's act so that the campaign's history and audit trail say who
 * granted it — then the global role, and comes back signed in. A retry replays the same command (its idempotency
 * key is the invitation's id), so nothing is granted twice.
 */
@Injectable()
export class InvitationAcceptance {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invitations: InvitationsRepository,
    private readonly people: PeopleRepository,
    private readonly signIns: SignInService,
    private readonly sessions: SessionTokenService,
    private readonly commands: CommandGateway,
    private readonly scope: CampaignScope,
  ) {}

  /** What the accept page shows before she acts: who invites her to what, and whether she signs in or sets a password. */
  async preview(token: string) {
    const invitation = await this.liveOrRefuse(token);
    const [place]: ({ name: string } | undefined)[] = invitation.campaignId
      ? await this.dataSource.query(`SELECT title AS name FROM campaigns WHERE id = $1`, [invitation.campaignId])
      : await this.dataSource.query(`SELECT name FROM organisations WHERE id = $1`, [invitation.organisationId]);
    const existing = await this.people.byLogin({ kind: 'email', value: invitation.email });
    return {
      name: invitation.name,
      email: invitation.email,
      role: invitation.role,
      invitedBy: invitation.invitedByName,
      campaignId: invitation.campaignId,
      organisationId: invitation.organisationId,
      placeName: place?.name ?? null,
      hasAccount: !!existing,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  async accept(input: { token: string; password: string; totp?: string }, address: string) {
    const invitation = await this.liveOrRefuse(input.token);
    const existing = await this.people.byLogin({ kind: 'email', value: invitation.email });
    // Her own password proves an existing account is hers (through the sign-in throttle); the fresh tokens are
    // exchanged once more below, after the grant, so that they carry the new role.
    const verified = existing ? await this.signIns.signIn(invitation.email, input.password, input.totp, address) : undefined;
    const person = existing ?? (await this.createInvitee(invitation, input.password));

    await this.grant(invitation, person);
    await this.people.addRole(person.id, invitation.role);
    await this.invitations.markAccepted(invitation.id, person.id);
    const tokens = verified ? await this.sessions.refresh(verified.refreshToken) : await this.sessions.start((await this.people.byId(person.id))!);
    return { ...tokens, personId: person.id, role: invitation.role, campaignId: invitation.campaignId, organisationId: invitation.organisationId };
  }

  private async liveOrRefuse(token: string): Promise<Invitation> {
    const invitation = await this.invitations.live(token);
    if (!invitation) throw invitationLinkRefused();
    return invitation;
  }

  private async createInvitee(invitation: Invitation, password: string): Promise<Person> {
    const problems = passwordProblems(password);
    if (problems.length) throw invalidRequest(problems.map((p) => ({ field: 'password', rule: p.rule, message: p.message })));
    const created = await this.people.create({
      name: invitation.name,
      email: invitation.email,
      phone: null,
      passwordHash: await hashPassword(password),
      roles: [],
      emailConfirmed: true,
    });
    // Created meanwhile by a twin request: the account is the invitee's either way (the address is hers).
    return created ?? (await this.people.byLogin({ kind: 'email', value: invitation.email }))!;
  }

  private async grant(invitation: Invitation, person: Person): Promise<void> {
    const inviter: AuthUser = { id: invitation.invitedBy, name: invitation.invitedByName ?? undefined, roles: ['organiser'] };
    if (invitation.organisationId) {
      try {
        await this.dataSource.transaction((m) =>
          addOrganiser(m, { kind: 'person', id: invitation.invitedBy }, invitation.organisationId!, { personId: person.id, name: person.name }),
        );
      } catch (err) {
        // Already an organiser there (a retried acceptance): the invitation's purpose is met.
        if ((err as { code?: string }).code !== 'organisation.organiser-exists') throw asHttpRefusal(err);
      }
      this.scope.forgetTree();
      return;
    }
    const campaignId = invitation.campaignId!;
    // The grant is the inviter's act: it stands only while she still organises the campaign.
    if (!(await this.scope.organisesCampaign(invitation.invitedBy, campaignId))) {
      throw new ForbiddenException({
        statusCode: 403,
        error: 'Forbidden',
        code: 'invitation.inviter-no-longer-organises',
        message: 'Whoever invited you no longer organises this campaign; ask an organiser for a new invitation.',
      });
    }
    const [command, payload] =
      invitation.role === 'expert'
        ? [AddExpertToPanelCommand, { expertId: person.id, name: person.name }]
        : [GrantCampaignRoleCommand, { personId: person.id, name: person.name, role: invitation.role }];
    const outcome = await this.commands.send(command, campaignId, payload, inviter, {
      idempotencyKey: `invitation:${invitation.id}`,
      wait: true,
      waitMs: 30_000,
    });
    CommandGateway.respond(outcome, { status: () => undefined });
    if (outcome.status === 'pending')
      throw new ServiceUnavailableException({
        statusCode: 503,
        error: 'Service Unavailable',
        code: 'invitation.grant-pending',
        message: 'The grant is still being recorded; try again in a moment.',
      });
  }
}

import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, InternalServerErrorException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AuthUser, IS_PUBLIC, ROLES } from '@app/auth';
import type { Role } from '@app/domain';
import { CampaignScope } from '@app/organisation';
import { UUID_TEXT } from '@app/domain';

/**
 * The one place that keeps a person inside her campaigns. After the auth guard has checked her coarse role, this
 * finds the campaign a route concerns — `:campaignId`, or the campaign of `:candidacyId` or `:commandId` — and
 * refuses (403, saying nothing about the campaign) unless one of the route's roles she holds reaches it (see
 * CampaignScope). A command is read by its sender too; an organisation (`:organisationId`) by those who staff it.
 * Unknown ids pass on, so the route answers its own 404.
 *
 * A guard, not an interceptor, so that it refuses before anything is answered (a server-sent-events route starts
 * its 200 before an interceptor's refusal could arrive). It must run after the AuthGuard: CampaignScopeModule,
 * which registers it, is imported after AuthModule, and a signed-in route without a person fails loudly here.
 */
@Injectable()
export class CampaignScopeGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly scope: CampaignScope,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest();
    const user: AuthUser | undefined = request.user;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    if (!user) throw new InternalServerErrorException('The campaign scope was checked before sign-in.');
    const declared = this.reflector.getAllAndOverride<Role[] | 'any'>(ROLES, targets);
    const acting = declared === 'any' ? user.roles : declared;

    const params: Record<string, string> = request.params ?? {};
    if (UUID_TEXT.test(params.organisationId ?? '') && !(await this.scope.managesOrganisation(user.id, params.organisationId))) {
      throw refusal('organisation.outside-your-organisations', 'This organisation is outside the organisations you organise.');
    }
    let campaignId = params.campaignId;
    if (!campaignId && UUID_TEXT.test(params.candidacyId ?? '')) {
      const [row] = await this.dataSource.query(`SELECT campaign_id FROM candidacies WHERE id = $1`, [params.candidacyId]);
      campaignId = row?.campaign_id;
    }
    if (!campaignId && UUID_TEXT.test(params.commandId ?? '')) {
      const [row] = await this.dataSource.query(`SELECT campaign_id, actor_id FROM commands WHERE id = $1`, [params.commandId]);
      if (!row || row.actor_id === user.id) return true;
      // Beyond its sender, a command is read only by the organisers of its campaign.
      if (!(user.roles.includes('organiser') && (await this.scope.organisesCampaign(user.id, row.campaign_id))))
        throw refusal('command.not-yours', 'You may only read your own commands (or those of campaigns you organise).');
      return true;
    }
    if (!campaignId || !UUID_TEXT.test(campaignId)) return true;

    const verdict = await this.scope.verdict(user, campaignId, acting);
    if (verdict.kind === 'refused') throw refusal(verdict.code, verdict.message);
    return true;
  }
}

const refusal = (code: string, message: string) => new ForbiddenException({ statusCode: 403, error: 'Forbidden', code, message });

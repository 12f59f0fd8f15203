import { type CallHandler, type ExecutionContext, ForbiddenException, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AuthUser, IS_PUBLIC, ROLES } from '@app/auth';
import type { Role } from '@app/domain';
import { CampaignScope } from '@app/organisation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one place that keeps a person inside her campaigns. After the auth guard has checked her coarse role, this
 * finds the campaign a route concerns — `:campaignId`, or the campaign of `:candidacyId` or `:commandId` — and
 * refuses (403, saying nothing about the campaign) unless one of the route's roles she holds reaches it (see
 * CampaignScope). A command is read by its sender too. Unknown ids pass on, so the route answers its own 404.
 */
@Injectable()
export class CampaignScopeInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly scope: CampaignScope,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler) {
    if (context.getType() !== 'http') return next.handle();
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest();
    const user: AuthUser | undefined = request.user;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) || !user) return next.handle();
    const declared = this.reflector.getAllAndOverride<Role[] | 'any'>(ROLES, targets);
    const acting = declared === 'any' ? user.roles : declared;

    const params: Record<string, string> = request.params ?? {};
    let campaignId = params.campaignId;
    if (!campaignId && UUID.test(params.candidacyId ?? '')) {
      const [row] = await this.dataSource.query(`SELECT campaign_id FROM candidacies WHERE id = $1`, [params.candidacyId]);
      campaignId = row?.campaign_id;
    }
    if (!campaignId && UUID.test(params.commandId ?? '')) {
      const [row] = await this.dataSource.query(`SELECT campaign_id, actor_id FROM commands WHERE id = $1`, [params.commandId]);
      if (!row || row.actor_id === user.id) return next.handle();
      // Beyond its sender, a command is read only by the organisers of its campaign.
      if (!(user.roles.includes('organiser') && (await this.scope.organisesCampaign(user.id, row.campaign_id)))) throw refusal('command.not-yours', 'You may only read your own commands (or those of campaigns you organise).');
      return next.handle();
    }
    if (!campaignId || !UUID.test(campaignId)) return next.handle();

    const verdict = await this.scope.verdict(user, campaignId, acting);
    if (verdict.kind === 'refused') throw refusal(verdict.code, verdict.message);
    return next.handle();
  }
}

const refusal = (code: string, message: string) => new ForbiddenException({ statusCode: 403, error: 'Forbidden', code, message });

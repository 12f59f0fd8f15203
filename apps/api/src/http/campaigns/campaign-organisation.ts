import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '@app/auth';
import { mayActOnCampaignsOf } from '@app/domain';
import { CampaignScope, membershipsOf } from '@app/organisation';
import { invalidRequest } from '../../validation/validation.pipe';

/**
 * The organisation a new campaign belongs to: the one she names, if she may act on its campaigns; else her only
 * organisation. Several and none named is a 400 naming the field; none at all is a 403.
 */
@Injectable()
export class CampaignOrganisation {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: CampaignScope,
  ) {}

  async resolve(user: AuthUser, named: string | undefined): Promise<string> {
    const memberships = await membershipsOf(this.dataSource.manager, user.id);
    if (named) {
      const tree = await this.scope.organisationTree(named);
      if (!mayActOnCampaignsOf(tree, memberships, named)) {
        throw invalidRequest([
          { field: 'organisationId', rule: 'yourOrganisation', message: 'organisationId must be an organisation whose campaigns you may run' },
        ]);
      }
      return named;
    }
    const own = [...new Set(memberships.map((m) => m.organisationId))];
    if (own.length === 1) return own[0];
    if (own.length === 0)
      throw new ForbiddenException({
        statusCode: 403,
        error: 'Forbidden',
        code: 'organisation.none',
        message: 'You organise no organisation yet; ask an organiser above you (or the administrator) to add you.',
      });
    throw invalidRequest([{ field: 'organisationId', rule: 'requiredWhenSeveral', message: 'organisationId is required: you organise several organisations' }]);
  }
}

import { randomUUID } from 'node:crypto';
import { Body, Controller, Delete, Get, HttpException, Param, ParseUUIDPipe, Post, Put, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource, EntityManager } from 'typeorm';
import { type AuthUser, CurrentUser, Roles } from '@app/auth';
import { DomainError, mayActOnCampaignsOf, mayGrantDescendants, mayManageMembers, organisationsInSight } from '@app/domain';
import {
  addOrganiser,
  applyOnce,
  CampaignScope,
  createOrganisation,
  loadOrganisations,
  membershipsOf,
  organisersOf,
  removeOrganiser,
  setIncludesDescendants,
} from '@app/organisation';
import type { SendOptions } from '../commands/command-gateway';
import { CommandOptions } from '../commands/command-options.decorator';
import { refusalBody, refusalStatus } from '../errors/refusal-http';
import { AddOrganiserDto, CreateOrganisationDto, IncludesDescendantsDto } from './organisation.dto';

/**
 * Organisations and their organisers. Not campaign history (no campaign stream to lock, nothing to replay), so a
 * small store of its own: each change is one transaction, applied once per Idempotency-Key, and a removal takes
 * effect at the next request.
 */
@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: CampaignScope,
  ) {}

  @Get()
  @Roles('organiser')
  @ApiOperation({
    summary:
      'The organisations she may see (hers, those she manages and those below where she includes descendants), each with its organisers and what she may do there',
  })
  async list(@CurrentUser() user: AuthUser) {
    const m = this.dataSource.manager;
    const [organisations, memberships] = await Promise.all([loadOrganisations(m), membershipsOf(m, user.id)]);
    const visible = [...organisationsInSight(organisations, memberships)];
    const organisers = await organisersOf(m, visible);
    return visible.map((id) => {
      const o = organisations.get(id)!;
      return {
        id,
        parentId: o.parentId && visible.includes(o.parentId) ? o.parentId : null,
        name: o.name,
        level: o.level,
        createdAt: o.createdAt.toISOString(),
        actsOnCampaigns: mayActOnCampaignsOf(organisations, memberships, id),
        mayManageOrganisers: mayManageMembers(organisations, memberships, id),
        mayGrantDescendants: mayGrantDescendants(organisations, memberships, id),
        organisers: organisers
          .filter((p) => p.organisationId === id)
          .map((p) => ({ personId: p.personId, name: p.name, includesDescendants: p.includesDescendants })),
      };
    });
  }

  @Post()
  @Roles('organiser')
  @ApiOperation({ summary: 'Create an organisation one level below one she organises (result: { organisationId })' })
  create(@Body() dto: CreateOrganisationDto, @CurrentUser() user: AuthUser, @CommandOptions() options: SendOptions) {
    return this.once(user, options, (m) => createOrganisation(m, { kind: 'person', id: user.id }, dto));
  }

  @Post(':organisationId/organisers')
  @Roles('organiser')
  @ApiOperation({ summary: 'Add an organiser (by person id and name) to an organisation she organises or that sits directly below one' })
  addOrganiser(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Body() dto: AddOrganiserDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
  ) {
    return this.once(user, options, async (m) => {
      await addOrganiser(m, { kind: 'person', id: user.id }, organisationId, dto);
      return { organisationId, personId: dto.personId };
    });
  }

  @Delete(':organisationId/organisers/:personId')
  @Roles('organiser')
  @ApiOperation({ summary: 'Remove an organiser; she loses the organisation’s campaigns at her next request' })
  removeOrganiser(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('personId') personId: string,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
  ) {
    return this.once(user, options, async (m) => {
      await removeOrganiser(m, { kind: 'person', id: user.id }, organisationId, personId);
      return { organisationId, personId, removed: true };
    });
  }

  @Put(':organisationId/organisers/:personId/includes-descendants')
  @Roles('organiser')
  @ApiOperation({ summary: 'Grant or revoke an organiser’s authority over the organisations below (by an organiser of the parent)' })
  includesDescendants(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('personId') personId: string,
    @Body() dto: IncludesDescendantsDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
  ) {
    return this.once(user, options, async (m) => {
      await setIncludesDescendants(m, { kind: 'person', id: user.id }, organisationId, personId, dto.includesDescendants);
      return { organisationId, personId, includesDescendants: dto.includesDescendants };
    });
  }

  private async once<T>(user: AuthUser, options: SendOptions, change: (m: EntityManager) => Promise<T>): Promise<T> {
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
      this.scope.forgetTree();
      return outcome.response;
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      const status = refusalStatus(err.kind);
      throw new HttpException(refusalBody(status, err), status);
    }
  }
}

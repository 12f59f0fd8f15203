import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, AnyRole, CurrentUser, Roles } from '@app/auth';
import {
  AdvanceCampaignStageCommand,
  CreateCampaignCommand,
  DiscardDraftCampaignCommand,
  ExtendDeadlineCommand,
  GetCampaignQuery,
  ListCampaignsQuery,
  ReconfigureCampaignCommand,
} from '@app/campaign';
import { campaignTemplate, cloneCampaignConfig, configFromTemplate } from '@app/domain';
import { CampaignScope } from '@app/organisation';
import { invalidRequest } from '../../validation/validation.pipe';
import { CommandGateway, type SendOptions } from '../commands/command-gateway';
import { CommandEndpoint, CommandOptions } from '../commands/command-options.decorator';
import { AdvanceStageDto, CampaignConfigDto, DiscardDraftDto } from './campaign-config.dto';
import { CampaignOrganisation } from './campaign-organisation';
import { CloneCampaignDto, ExtendDeadlineDto } from './campaign-origin.dto';
import { CreateCampaignDto } from './create-campaign.dto';
import type { CampaignView } from '@app/campaign';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: QueryBus,
    private readonly scope: CampaignScope,
    private readonly organisation: CampaignOrganisation,
  ) {}

  @Post()
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Create a campaign in draft in one of her organisations (result: { campaignId })' })
  async create(
    @Body() dto: CreateCampaignDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { organisationId: named, template, ...given } = dto;
    const organisationId = await this.organisation.resolve(user, named);
    const origin = template ? { origin: { template } } : {};
    // The DTO's @IsIn has already refused an unknown template; positions are required only without one.
    const config = template ? configFromTemplate(campaignTemplate(template)!, given) : given;
    const outcome = await this.commands.send(CreateCampaignCommand, randomUUID(), { config, organisationId, ...origin }, user, options);
    return CommandGateway.respond(outcome, res);
  }

  @Post(':campaignId/clone')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({
    summary:
      'Start a new draft from a campaign she may run: the same positions, rubric, weights and quotas, every date moved by the same whole number of days; no candidacy, person or score is copied (result: { campaignId })',
  })
  async clone(
    @Param('campaignId', ParseUUIDPipe) sourceId: string,
    @Body() dto: CloneCampaignDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (dto.shiftDays !== undefined && dto.candidacyOpensOn !== undefined) {
      throw invalidRequest([{ field: 'shiftDays', rule: 'oneOf', message: 'give either shiftDays or candidacyOpensOn, not both' }]);
    }
    const source = await this.queries.execute<GetCampaignQuery, CampaignView | null>(new GetCampaignQuery(sourceId));
    if (!source) throw new NotFoundException(`Campaign ${sourceId} does not exist.`);
    const shift = dto.candidacyOpensOn !== undefined ? { candidacyOpensOn: dto.candidacyOpensOn } : { shiftDays: dto.shiftDays ?? 0 };
    // Only the configuration is read: candidacies, people and scores live in the source's events, never copied.
    const config = cloneCampaignConfig(source.config, { title: dto.title, organisingBody: dto.organisingBody, shift });
    const organisationId = await this.organisation.resolve(user, dto.organisationId);
    const outcome = await this.commands.send(CreateCampaignCommand, randomUUID(), { config, organisationId, origin: { clonedFrom: sourceId } }, user, options);
    return CommandGateway.respond(outcome, res);
  }

  @Post(':campaignId/timeline/extend')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Move a deadline later with a written reason, once the campaign runs and while its stage is not over' })
  async extendDeadline(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: ExtendDeadlineDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(ExtendDeadlineCommand, campaignId, dto, user, options), res);
  }

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'List the campaigns she may see, newest first (an organiser: her organisations’; an expert or inspector: where she serves)' })
  async list(@CurrentUser() user: AuthUser) {
    const [campaigns, visible] = await Promise.all([
      this.queries.execute<ListCampaignsQuery, CampaignView[]>(new ListCampaignsQuery()),
      this.scope.visibility(user),
    ]);
    return campaigns.filter(visible);
  }

  @Get(':campaignId')
  @AnyRole()
  @ApiOperation({ summary: 'Read one campaign with its configuration and stage' })
  async get(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    const campaign = await this.queries.execute(new GetCampaignQuery(campaignId));
    if (!campaign) throw new NotFoundException(`Campaign ${campaignId} does not exist.`);
    return campaign;
  }

  @Put(':campaignId/config')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Replace the configuration (draft only)' })
  async reconfigure(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: CampaignConfigDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(ReconfigureCampaignCommand, campaignId, { config: dto }, user, options), res);
  }

  @Post(':campaignId/discard')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Discard a draft (draft only): it leaves every list; its history keeps the discard' })
  async discard(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: DiscardDraftDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(DiscardDraftCampaignCommand, campaignId, dto, user, options), res);
  }

  @Post(':campaignId/stage')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Move the campaign to its next stage (stages run in order and never re-open)' })
  async advance(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: AdvanceStageDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(AdvanceCampaignStageCommand, campaignId, dto, user, options), res);
  }

  @Post(':campaignId/candidacy/open')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Open candidacy (draft → candidacy-open)' })
  async openCandidacy(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(AdvanceCampaignStageCommand, campaignId, { to: 'candidacy-open' }, user, options), res);
  }

  @Post(':campaignId/candidacy/close')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Close candidacy (candidacy-open → qualification-review)' })
  async closeCandidacy(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(AdvanceCampaignStageCommand, campaignId, { to: 'qualification-review' }, user, options), res);
  }
}

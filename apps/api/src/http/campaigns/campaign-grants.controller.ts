import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '@app/auth';
import { type CampaignGrantView, GrantCampaignRoleCommand, ListCampaignGrantsQuery, RevokeCampaignRoleCommand } from '@app/campaign';
import { CommandGateway, type SendOptions } from '../commands/command-gateway';
import { CommandEndpoint, CommandOptions } from '../commands/command-options.decorator';
import { GrantCampaignRoleDto, RevokeCampaignRoleDto } from './campaign-grants.dto';

/** Inspectors and counting officers are granted per campaign: each grant is an event of the campaign's history. */
@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns/:campaignId/grants')
export class CampaignGrantsController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @Roles('organiser')
  @ApiOperation({ summary: 'Who holds which role in this campaign now (inspectors, counting officers)' })
  list(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    return this.queries.execute<ListCampaignGrantsQuery, CampaignGrantView[]>(new ListCampaignGrantsQuery(campaignId));
  }

  @Post()
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Grant a person a role in this campaign (never to one of its candidates)' })
  async grant(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: GrantCampaignRoleDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(GrantCampaignRoleCommand, campaignId, dto, user, options), res);
  }

  @Post('revoke')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Revoke a role she holds in this campaign; it ends at her next request' })
  async revoke(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: RevokeCampaignRoleDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(RevokeCampaignRoleCommand, campaignId, dto, user, options), res);
  }
}

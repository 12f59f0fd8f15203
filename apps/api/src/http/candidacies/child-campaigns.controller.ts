import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '@app/auth';
import { GetCampaignQuery } from '@app/campaign';
import { AdoptChildFinalistsCommand, type ChildCampaignView, ListChildCampaignsQuery } from '@app/candidacy';
import { CommandGateway, type SendOptions } from '../commands/command-gateway';
import { CommandEndpoint, CommandOptions } from '../commands/command-options.decorator';

export class AdoptChildFinalistsDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Certified campaigns of organisations below this one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  childCampaignIds: string[];
}

/** Community rounds feeding a city round: a campaign takes the certified finalists of the campaigns below it. */
@ApiTags('candidacies')
@ApiBearerAuth()
@Controller('campaigns/:campaignId/child-campaigns')
export class ChildCampaignsController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @Roles('organiser')
  @ApiOperation({ summary: 'Certified campaigns of the organisations below this campaign’s, and whether their finalists were adopted' })
  async list(@Param('campaignId', ParseUUIDPipe) campaignId: string): Promise<ChildCampaignView[]> {
    if (!(await this.queries.execute(new GetCampaignQuery(campaignId)))) throw new NotFoundException(`Campaign ${campaignId} does not exist.`);
    return this.queries.execute(new ListChildCampaignsQuery(campaignId));
  }

  @Post()
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Take the certified finalists of child campaigns as candidates (candidacy open; result: { adopted })' })
  async adopt(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: AdoptChildFinalistsDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(
      await this.commands.send(AdoptChildFinalistsCommand, campaignId, { childCampaignIds: dto.childCampaignIds }, user, options),
      res,
    );
  }
}

import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post, Query, Res, UnprocessableEntityException } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '@app/auth';
import { DomainError } from '@app/domain';
import {
  CloseInspectionCommand,
  FreezeRankingCommand,
  GetRankingQuery,
  GetShortlistQuery,
  RecordInspectionCommand,
  WhatIfWeightsQuery,
} from '@app/shortlisting';
import { CommandGateway, type SendOptions } from '../commands/command-gateway';
import { CommandEndpoint, CommandOptions } from '../commands/command-options.decorator';
import { CloseInspectionDto, FreezeRankingDto, RecordInspectionDto, WhatIfWeightsDto } from './shortlisting.dto';

@ApiTags('ranking, shortlist and inspection')
@Controller('campaigns/:campaignId')
export class ShortlistingController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: QueryBus,
  ) {}

  @Get('ranking')
  @Roles('organiser')
  @ApiOperation({
    summary: 'The composite ranking: every part, the composite and the rank (live until frozen)',
    description:
      '`freezeBlockers` lists each weighted part with no result yet (project review open, panel grades missing, jury result not recorded); the freeze is refused (409 ranking.parts-missing) until it is empty.',
  })
  ranking(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    return this.queries.execute(new GetRankingQuery(campaignId));
  }

  @Get('ranking/what-if')
  @Roles('organiser')
  @ApiOperation({ summary: 'Preview the ranking and shortlist under other weights; shows who moves in or out. Changes nothing.' })
  async whatIf(@Param('campaignId', ParseUUIDPipe) campaignId: string, @Query() weights: WhatIfWeightsDto) {
    try {
      const comparison = await this.queries.execute(new WhatIfWeightsQuery(campaignId, weights));
      if (!comparison) throw new NotFoundException(`Campaign ${campaignId} does not exist.`);
      return comparison;
    } catch (err) {
      // The weights broke a rule of the domain (e.g. not summing to 100): say which, as a command would.
      if (err instanceof DomainError)
        throw new UnprocessableEntityException({
          statusCode: 422,
          error: 'Unprocessable Entity',
          code: err.code,
          message: err.message,
          field: err.field,
          params: err.params,
        });
      throw err;
    }
  }

  @Post('ranking/freeze')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({
    summary:
      'Freeze the ranking, form the quota-aware shortlist and move on to inspection; 409 ranking.parts-missing while a weighted part has no result (panel grades that can no longer come: freeze with overrideReason)',
  })
  async freeze(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: FreezeRankingDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(
      await this.commands.send(FreezeRankingCommand, campaignId, dto.overrideReason ? { overrideReason: dto.overrideReason } : {}, user, options),
      res,
    );
  }

  @Get('shortlist')
  @Roles('organiser', 'inspector')
  @ApiOperation({ summary: 'The shortlist with each member’s inspection, and the quota swaps made with their reasons' })
  async shortlist(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    const shortlist = await this.queries.execute(new GetShortlistQuery(campaignId));
    if (!shortlist) throw new NotFoundException('No shortlist yet: the ranking has not been frozen.');
    return shortlist;
  }

  @Post('inspections')
  @Roles('inspector', 'organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Record pass or fail with findings for a shortlisted candidate; a failure brings in the next-ranked one' })
  async inspect(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: RecordInspectionDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(RecordInspectionCommand, campaignId, dto, user, options), res);
  }

  @Post('inspection/close')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({
    summary:
      'Close inspection once every shortlisted candidate has passed; the finalists go to the congress. With no more finalists than seats, give exceptionReason (recorded, shown with the results).',
  })
  async close(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: CloseInspectionDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const payload = dto?.exceptionReason ? { exceptionReason: dto.exceptionReason } : {};
    return CommandGateway.respond(await this.commands.send(CloseInspectionCommand, campaignId, payload, user, options), res);
  }
}

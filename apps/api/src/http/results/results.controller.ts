import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '@app/auth';
import {
  AdmitObjectionCommand,
  CertifyResultsCommand,
  DismissObjectionsCommand,
  GetResultsQuery,
  PublishResultsCommand,
  RecordCorrectionCommand,
  ResolveObjectionCommand,
} from '@app/results';
import { CommandGateway, type SendOptions } from '../commands/command-gateway';
import { CommandEndpoint, CommandOptions } from '../commands/command-options.decorator';
import { CorrectionDto, DismissObjectionsDto, QuotaExceptionDto, ResolveObjectionDto } from './results.dto';

@ApiTags('results')
@Controller('campaigns/:campaignId')
export class ResultsController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: QueryBus,
  ) {}

  @Get('results')
  @Roles('organiser')
  @ApiOperation({ summary: 'The result as it stands (also before publication): ranked table, elected per position, minutes, objections' })
  async results(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    const view = await this.queries.execute(new GetResultsQuery(campaignId, false));
    if (!view) throw new NotFoundException(`Campaign ${campaignId} does not exist.`);
    return view;
  }

  @Post('results/publish')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Publish the elected result; the publicity period (公示, default 5 working days) starts' })
  async publish(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: QuotaExceptionDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const payload = dto?.quotaExceptionReason ? { quotaExceptionReason: dto.quotaExceptionReason } : {};
    return CommandGateway.respond(await this.commands.send(PublishResultsCommand, campaignId, payload, user, options), res);
  }

  @Post('objections/:objectionId/admit')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Admit a pending objection for the record: it becomes public, and certification waits for its written answer' })
  async admit(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('objectionId', ParseUUIDPipe) objectionId: string,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(AdmitObjectionCommand, campaignId, { objectionId }, user, options), res);
  }

  @Post('objections/dismiss')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Dismiss pending objections (spam, abuse) in one go with a reason kept in the audit trail; they are never published' })
  async dismiss(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: DismissObjectionsDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(DismissObjectionsCommand, campaignId, dto, user, options), res);
  }

  @Post('objections/:objectionId/resolve')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Answer an admitted objection in writing' })
  async resolve(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('objectionId', ParseUUIDPipe) objectionId: string,
    @Body() dto: ResolveObjectionDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(ResolveObjectionCommand, campaignId, { objectionId, ...dto }, user, options), res);
  }

  @Post('results/certify')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Certify the result after the publicity period, all objections answered and quotas met; final' })
  async certify(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: QuotaExceptionDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const payload = dto?.quotaExceptionReason ? { quotaExceptionReason: dto.quotaExceptionReason } : {};
    return CommandGateway.respond(await this.commands.send(CertifyResultsCommand, campaignId, payload, user, options), res);
  }

  @Post('results/corrections')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({
    summary:
      'Record a visible correction. During publicity it answers upheld objections (objectionIds, required then): certification waits until every upheld objection has one. After certification it stands beside the result, which never changes.',
  })
  async correct(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: CorrectionDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
    @Res({ passthrough: true }) res: Response,
  ) {
    return CommandGateway.respond(await this.commands.send(RecordCorrectionCommand, campaignId, dto, user, options), res);
  }
}

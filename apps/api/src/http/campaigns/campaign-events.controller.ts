import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Roles } from '@app/auth';
import { GetAuditPeopleQuery, GetAuditTrailQuery, GetRefusedAttemptsQuery } from '@app/campaign';
import { toStoredEvent } from '@app/database';
import { AUDIT_DEFAULT_LIMIT, AuditQueryDto, RefusedAttemptsQueryDto } from './audit.dto';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns/:campaignId')
export class CampaignEventsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: QueryBus,
  ) {}

  @Get('events')
  @Roles('organiser')
  @ApiOperation({ summary: 'The campaign’s event stream in order, with the hash chain (audit trail)' })
  async events(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    const rows: Record<string, unknown>[] = await this.dataSource.query(`SELECT * FROM events WHERE campaign_id = $1 ORDER BY version`, [campaignId]);
    return rows.map(toStoredEvent);
  }

  @Get('audit')
  @Roles('organiser')
  @ApiOperation({
    summary: 'Who did what, when, through which command (oldest first)',
    description:
      'One entry per recorded event: the person as she was signed in (id, name, roles), the event type, the command that caused it ' +
      'and, for a stage change, the stage entered. Never a payload. Filter with actorId and type (event type); page with ' +
      '`after` = the `seq` of the last entry and `limit` (1–1000, default 200): fewer entries than `limit` means there are no more. ' +
      'Fed asynchronously from the events queue, so an event appears a moment after its command succeeded. ' +
      'Refused attempts are at /campaigns/{campaignId}/audit/refused.',
  })
  audit(@Param('campaignId', ParseUUIDPipe) campaignId: string, @Query() query: AuditQueryDto) {
    return this.queries.execute(
      new GetAuditTrailQuery(campaignId, { actorId: query.actorId, type: query.type, after: query.after, limit: query.limit ?? AUDIT_DEFAULT_LIMIT }),
    );
  }

  @Get('audit/refused')
  @Roles('organiser')
  @ApiOperation({
    summary: 'Refused attempts: who tried what, when, and why it was refused (oldest first)',
    description:
      'Commands about this campaign that were rejected by a rule or failed, so changed nothing: the person, the command type, ' +
      'when, and the refusal code and message. Never the command’s payload. Filter with actorId and type (command type); page ' +
      'with offset and limit (1–1000, default 200).',
  })
  refused(@Param('campaignId', ParseUUIDPipe) campaignId: string, @Query() query: RefusedAttemptsQueryDto) {
    return this.queries.execute(
      new GetRefusedAttemptsQuery(campaignId, {
        actorId: query.actorId,
        type: query.type,
        offset: query.offset ?? 0,
        limit: query.limit ?? AUDIT_DEFAULT_LIMIT,
      }),
    );
  }

  @Get('audit/people')
  @Roles('organiser')
  @ApiOperation({ summary: 'Everyone in the audit trail or the refused attempts, with how many actions and refusals (for filtering by person)' })
  people(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    return this.queries.execute(new GetAuditPeopleQuery(campaignId));
  }
}

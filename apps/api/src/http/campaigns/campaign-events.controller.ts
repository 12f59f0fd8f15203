import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Roles } from '@app/auth';
import { toStoredEvent } from '@app/database';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns/:campaignId')
export class CampaignEventsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('events')
  @Roles('organiser')
  @ApiOperation({ summary: 'The campaign’s event stream in order, with the hash chain (audit trail)' })
  async events(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    const rows = await this.dataSource.query(`SELECT * FROM events WHERE campaign_id = $1 ORDER BY version`, [campaignId]);
    return rows.map(toStoredEvent);
  }

  @Get('audit')
  @Roles('organiser')
  @ApiOperation({ summary: 'Who did what, in order' })
  audit(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    return this.dataSource.query(
      `SELECT event_seq AS "seq", actor_id AS "actorId", type, occurred_at AS "occurredAt" FROM audit_log WHERE campaign_id = $1 ORDER BY event_seq`,
      [campaignId],
    );
  }
}

import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/auth';
import { CAMPAIGN_TEMPLATES, type CampaignTemplate } from '@app/domain';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaign-templates')
export class CampaignTemplatesController {
  @Get()
  @Roles('organiser')
  @ApiOperation({ summary: 'The templates a new campaign may start from: positions, rubric, weights, quotas (POST /campaigns with `template`)' })
  list(): readonly CampaignTemplate[] {
    return CAMPAIGN_TEMPLATES;
  }
}

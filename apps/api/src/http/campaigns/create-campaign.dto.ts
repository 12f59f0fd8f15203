import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { CAMPAIGN_TEMPLATES } from '@app/domain';
import { CampaignConfigDto } from './campaign-config.dto';

/** A new campaign's configuration and the organisation it belongs to. */
export class CreateCampaignDto extends CampaignConfigDto {
  @ApiPropertyOptional({ description: 'The organisation it belongs to; required when she organises several, else hers' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({
    enum: CAMPAIGN_TEMPLATES.map((t) => t.key),
    description: 'The template (GET /campaign-templates) the configuration was filled from; recorded as the campaign’s origin',
  })
  @IsOptional()
  @IsIn(CAMPAIGN_TEMPLATES.map((t) => t.key))
  template?: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { CampaignConfigDto } from './campaign-config.dto';

/** A new campaign's configuration and the organisation it belongs to. */
export class CreateCampaignDto extends CampaignConfigDto {
  @ApiPropertyOptional({ description: 'The organisation it belongs to; required when she organises several, else hers' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

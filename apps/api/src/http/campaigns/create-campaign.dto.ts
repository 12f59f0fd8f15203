import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { CAMPAIGN_TEMPLATES } from '@app/domain';
import { CampaignConfigDto, PositionDto } from './campaign-config.dto';

/** A new campaign's configuration and the organisation it belongs to. */
export class CreateCampaignDto extends CampaignConfigDto {
  @ApiPropertyOptional({ description: 'The organisation it belongs to; required when she organises several, else hers' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({
    enum: CAMPAIGN_TEMPLATES.map((t) => t.key),
    description:
      'The template (GET /campaign-templates) the configuration starts from; every field left out is the template’s. Recorded as the campaign’s origin',
  })
  @IsOptional()
  @IsIn(CAMPAIGN_TEMPLATES.map((t) => t.key))
  template?: string;

  /** Required without a template; with one, the template's when left out (see below). */
  declare positions: PositionDto[];
}

// Decorated here because a redeclared (`declare`) property takes no decorators: the rules inherited for positions
// apply only when there is no template or positions are sent, and the schema shows them optional.
ValidateIf((dto: CreateCampaignDto) => dto.template === undefined || dto.positions !== undefined)(CreateCampaignDto.prototype, 'positions');
ApiPropertyOptional({ type: [PositionDto], description: 'Required without a template; with one, the template’s when left out' })(
  CreateCampaignDto.prototype,
  'positions',
);

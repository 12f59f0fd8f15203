import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/** Query parameters arrive as text: whole numbers become numbers, anything else stays as sent (and fails isInt). */
const asWholeNumber = () => Transform(({ value }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value));

const ACTOR_ID = /^[A-Za-z0-9._:@-]{1,100}$/;
const TYPE_NAME = /^[A-Z][A-Za-z]{0,79}$/;

export class AuditQueryDto {
  @ApiPropertyOptional({ example: 'organiser-wang', description: 'Only what this person did (her user id)' })
  @IsOptional()
  @IsString()
  @Matches(ACTOR_ID, { message: 'actorId must be a user id: 1–100 of [A-Za-z0-9._:@-]' })
  actorId?: string;

  @ApiPropertyOptional({ example: 'CampaignStageAdvanced', description: 'Only events of this type' })
  @IsOptional()
  @IsString()
  @Matches(TYPE_NAME, { message: 'type must be an event type such as CampaignStageAdvanced' })
  type?: string;

  @ApiPropertyOptional({ example: '120', description: 'Paging: only events after this sequence number (the `seq` of the last entry of the previous page)' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,18}$/, { message: 'after must be an event sequence number (digits only)' })
  after?: string;

  @ApiPropertyOptional({ example: 200, minimum: 1, maximum: 1000, default: 200, description: 'At most this many entries; fewer means there are no more' })
  @IsOptional()
  @asWholeNumber()
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(1000)
  limit?: number;
}

export class RefusedAttemptsQueryDto {
  @ApiPropertyOptional({ example: 'candidate-zhou', description: 'Only what this person tried (her user id)' })
  @IsOptional()
  @IsString()
  @Matches(ACTOR_ID, { message: 'actorId must be a user id: 1–100 of [A-Za-z0-9._:@-]' })
  actorId?: string;

  @ApiPropertyOptional({ example: 'SubmitCandidacy', description: 'Only commands of this type' })
  @IsOptional()
  @IsString()
  @Matches(TYPE_NAME, { message: 'type must be a command type such as SubmitCandidacy' })
  type?: string;

  @ApiPropertyOptional({ example: 0, minimum: 0, maximum: 1000000, default: 0, description: 'Paging: skip this many (oldest first)' })
  @IsOptional()
  @asWholeNumber()
  @IsInt({ message: 'offset must be a whole number' })
  @Min(0)
  @Max(1_000_000)
  offset?: number;

  @ApiPropertyOptional({ example: 200, minimum: 1, maximum: 1000, default: 200, description: 'At most this many; fewer means there are no more' })
  @IsOptional()
  @asWholeNumber()
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(1000)
  limit?: number;
}

export const AUDIT_DEFAULT_LIMIT = 200;

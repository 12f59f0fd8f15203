import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { WeightsDto } from '../campaigns/campaign-config.dto';

/** The same three weights as a campaign's configuration, checked by the same rules, here as query parameters. */
export class WhatIfWeightsDto extends WeightsDto {}

export class RecordInspectionDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() candidacyId: string;
  @ApiProperty({ enum: ['pass', 'fail'] }) @IsIn(['pass', 'fail']) result: 'pass' | 'fail';
  @ApiProperty({ example: '群众评价好，廉洁自律，符合任职条件' }) @IsString() @IsNotEmpty() @MaxLength(5000) findings: string;
}

export class FreezeRankingDto {
  @ApiPropertyOptional({
    example: '一位候选人因病未能参加答辩，专家评审组无法评定等次；经领导小组同意按其他成绩排名',
    description:
      'Only for parts that can never come any more (panel grades once panel opinion is over): freeze without them, with this reason kept in the RankingFrozen event',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  overrideReason?: string;
}

export class CloseInspectionDto {
  @ApiPropertyOptional({
    example: '经考察仅两名人选符合条件，经党组研究同意进行等额选举',
    description: 'Needed when no more finalists than seats remain: why the election goes ahead anyway (recorded and shown with the results)',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  exceptionReason?: string;
}

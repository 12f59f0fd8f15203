import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { WeightsDto } from '../campaigns/campaign-config.dto';

/** The same three weights as a campaign's configuration, checked by the same rules, here as query parameters. */
export class WhatIfWeightsDto extends WeightsDto {}

export class RecordInspectionDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() candidacyId: string;
  @ApiProperty({ enum: ['pass', 'fail'] }) @IsIn(['pass', 'fail']) result: 'pass' | 'fail';
  @ApiProperty({ example: '群众评价好，廉洁自律，符合任职条件' }) @IsString() @IsNotEmpty() @MaxLength(5000) findings: string;
}

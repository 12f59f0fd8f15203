import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;
const asText = () => Transform(({ value }) => (typeof value === 'number' ? String(value) : value));

export class WhatIfWeightsDto {
  @ApiProperty({ example: '50' }) @asText() @IsString() @Matches(PERCENT, { message: 'projectReview must be a percentage with at most 2 decimals' }) projectReview: string;
  @ApiProperty({ example: '25' }) @asText() @IsString() @Matches(PERCENT, { message: 'panelOpinion must be a percentage with at most 2 decimals' }) panelOpinion: string;
  @ApiProperty({ example: '25' }) @asText() @IsString() @Matches(PERCENT, { message: 'jury must be a percentage with at most 2 decimals' }) jury: string;
}

export class RecordInspectionDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() candidacyId: string;
  @ApiProperty({ enum: ['pass', 'fail'] }) @IsIn(['pass', 'fail']) result: 'pass' | 'fail';
  @ApiProperty({ example: '群众评价好，廉洁自律，符合任职条件' }) @IsString() @IsNotEmpty() @MaxLength(5000) findings: string;
}

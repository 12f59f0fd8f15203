import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsObject,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EMPLOYMENT_TYPES, GENDERS, NOMINATION_CHANNELS, type NominationChannel } from '@app/domain';

export class CandidateDetailsDto {
  @ApiProperty({ example: '周晓雯' }) @IsString() @IsNotEmpty() @MaxLength(50) name: string;
  @ApiProperty({ example: '138-0000-0000' }) @IsString() @IsNotEmpty() @MaxLength(100) contact: string;
  @ApiProperty({ enum: GENDERS }) @IsIn(GENDERS) gender: (typeof GENDERS)[number];
  @ApiProperty({ example: 1991, description: 'Recorded, never used to exclude' }) @IsInt() @Min(1900) @Max(2030) birthYear: number;
  @ApiProperty({ example: '本科', description: 'Recorded, never used to exclude; may be empty' }) @IsString() @MaxLength(50) education: string;
  @ApiProperty({ example: '某商业银行支行' }) @IsString() @MaxLength(100) employer: string;
  @ApiProperty({ example: '金融' }) @IsString() @MaxLength(50) sector: string;
  @ApiProperty({ enum: EMPLOYMENT_TYPES }) @IsIn(EMPLOYMENT_TYPES) employment: (typeof EMPLOYMENT_TYPES)[number];
  @ApiProperty() @IsBoolean() grassrootsFrontline: boolean;
  @ApiProperty({ example: '热心妇女工作十年……' }) @IsString() @MaxLength(2000) statement: string;
  @ApiPropertyOptional({
    example: { nonParty: true, ethnicMinority: false },
    description: "The campaign's extra attributes (its candidateAttributes): yes/no or one of the choices; the age band is derived from birthYear",
  })
  @IsOptional()
  @IsObject()
  attributes?: Record<string, string | boolean>;
}

export class ProjectProposalDto {
  @ApiProperty({ example: '爱心助力困难家庭' }) @IsString() @IsNotEmpty() @MaxLength(100) title: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(5000) problem: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) beneficiaries: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(5000) actions: string;
  @ApiProperty() @IsString() @MaxLength(5000) milestones: string;
  @ApiProperty({ example: '12000.00', description: 'Yuan, at most 2 decimals' })
  @Transform(({ value }) => (typeof value === 'number' ? String(value) : value))
  @IsString()
  @Matches(/^\d{1,12}(\.\d{1,2})?$/, { message: 'budget must be an amount in yuan with at most 2 decimals, e.g. 12000.00' })
  budget: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(5000) expectedOutcomes: string;
}

/** Each purpose consented to separately (PIPL art. 14); the privacy notice says which names are published regardless. */
export class CandidacyConsentDto {
  @ApiProperty({ description: 'Required: processing of her data for this selection', enum: [true] })
  @Equals(true, { message: 'consent.processing must be true: without consent to processing for this selection no candidacy can be taken' })
  processing: boolean;
  @ApiProperty({ description: 'Publish her name (finalists and the elected are named regardless)' }) @IsBoolean() publishName: boolean;
  @ApiProperty() @IsBoolean() publishEmployer: boolean;
  @ApiProperty() @IsBoolean() publishProjectTitle: boolean;
}

export class CandidacyDto {
  @ApiProperty({ type: CandidateDetailsDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => CandidateDetailsDto) details: CandidateDetailsDto;
  @ApiProperty({ type: ProjectProposalDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => ProjectProposalDto) proposal: ProjectProposalDto;
  @ApiProperty({ type: CandidacyConsentDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => CandidacyConsentDto) consent: CandidacyConsentDto;
}

/** How she comes forward; the campaign's rules (channels open, joint minimum) are checked by the domain (422 nomination.*). */
export class NominationDto {
  @ApiProperty({ enum: NOMINATION_CHANNELS }) @IsIn(NOMINATION_CHANNELS) channel: NominationChannel;
  @ApiPropertyOptional({ example: '某街道妇联', description: 'The recommending organisation or unit (channel organisation)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nominatingBody?: string;
  @ApiPropertyOptional({ type: [String], example: ['王芳', '李娜'], description: 'The joint nominators (channel joint); personal data, sealed' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  nominators?: string[];
}

export class SubmitCandidacyDto extends CandidacyDto {
  @ApiPropertyOptional({ type: NominationDto, description: 'Left out: a self-application' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NominationDto)
  nomination?: NominationDto;
}

export class WithdrawCandidacyDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

export class WithdrawOnBehalfDto {
  @ApiProperty({ example: '本人来信因工作调动退出', description: 'Why she withdraws (her words or letter); kept in the history' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class QualificationDecisionDto {
  @ApiProperty({ enum: ['accepted', 'rejected'] }) @IsIn(['accepted', 'rejected']) decision: 'accepted' | 'rejected';
  @ApiProperty({ example: '材料齐全，符合报名条件' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}

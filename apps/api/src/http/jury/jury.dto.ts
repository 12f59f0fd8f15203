import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { UUID_TEXT } from '@app/domain';

export const USER_ID = /^[A-Za-z0-9._-]{1,64}$/;
const COUNT_MAX = 100_000_000;

export class RegisterJurorDto {
  @ApiProperty({ example: '王秀兰' }) @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @ApiPropertyOptional({ example: '东湖社区-017', description: 'Your own reference for her (unique in the campaign)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  reference?: string;
  @ApiPropertyOptional({ example: 'resident-017', description: 'Her account id, when she has one (a candidate can never be a juror in her own campaign)' })
  @IsOptional()
  @IsString()
  @Matches(USER_ID, { message: 'userId must be 1–64 of [A-Za-z0-9._-]' })
  userId?: string;
}

export class RevokeJurorDto {
  @ApiProperty({ example: '凭证发给了错误的人' }) @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
}

export class JurorCodeDto {
  @ApiProperty({ example: 'K7QWM-3PXTA', description: 'The one-time code from her card or link' }) @IsString() @IsNotEmpty() @MaxLength(40) code: string;
}

export class JuryScoreMarkDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') candidacyId: string;
  @ApiProperty({ example: 85, minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) score: number;
}

export const MAX_BALLOT_LINES = 500;

/** Why a list of score marks is malformed, or undefined when every mark is { candidacyId: uuid, score: 0–100 }. */
export function scoreListProblem(value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'scores must be an array';
  if (value.length > MAX_BALLOT_LINES) return `scores must contain no more than ${MAX_BALLOT_LINES} elements`;
  for (let i = 0; i < value.length; i += 1) {
    const mark = value[i] as Record<string, unknown> | null;
    if (!mark || typeof mark !== 'object' || Array.isArray(mark)) return `scores.${i} must be an object { candidacyId, score }`;
    for (const key in mark) if (key !== 'candidacyId' && key !== 'score') return `scores.${i}.${key} is not a known field`;
    if (typeof mark.candidacyId !== 'string' || !UUID_TEXT.test(mark.candidacyId)) return `scores.${i}.candidacyId must be a UUID`;
    const score = mark.score;
    if (typeof score !== 'number' || !Number.isInteger(score)) return `scores.${i}.score must be an integer number`;
    if (score < 0 || score > 100) return `scores.${i}.score must lie between 0 and 100`;
  }
  return undefined;
}

/**
 * The marks of a score ballot, checked in one pass: the hot path validates a dozen marks per ballot, and one
 * validator over the list costs a fraction of a nested DTO per mark (with the same rules and messages).
 */
function IsScoreList() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isScoreList',
      target: object.constructor,
      propertyName,
      validator: {
        validate: (value: unknown) => scoreListProblem(value) === undefined,
        defaultMessage: (args: ValidationArguments) => scoreListProblem(args.value) ?? 'scores are malformed',
      },
    });
}

/** Score mode: `scores` with every candidate once. Approval mode: `approvals`, at most K candidate ids (may be empty). */
export class JuryBallotDto {
  @ApiPropertyOptional({ type: [JuryScoreMarkDto], description: 'Score mode: every candidate once, a whole number 0–100 each' })
  @IsOptional()
  @IsScoreList()
  scores?: JuryScoreMarkDto[];

  @ApiPropertyOptional({ type: [String], example: [], description: 'Approval mode: the candidacy ids approved, at most K' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_BALLOT_LINES)
  @IsUUID('all', { each: true })
  approvals?: string[];
}

export class JuryPaperCountLineDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') candidacyId: string;
  @ApiPropertyOptional({ example: 55, description: 'Score mode: ballots that scored her' }) @IsOptional() @IsInt() @Min(0) @Max(COUNT_MAX) ballots?: number;
  @ApiPropertyOptional({ example: 4400, description: 'Score mode: the sum of her scores' }) @IsOptional() @IsInt() @Min(0) @Max(COUNT_MAX * 100) sum?: number;
  @ApiPropertyOptional({ example: 100, description: 'Score mode: her highest score' }) @IsOptional() @IsInt() @Min(0) @Max(100) highest?: number;
  @ApiPropertyOptional({ example: 20, description: 'Score mode: her lowest score' }) @IsOptional() @IsInt() @Min(0) @Max(100) lowest?: number;
  @ApiPropertyOptional({ example: 30, description: 'Approval mode: her approvals' }) @IsOptional() @IsInt() @Min(0) @Max(COUNT_MAX) approvals?: number;
}

export class JuryPaperCountDto {
  @ApiProperty({ example: 60 }) @IsInt() @Min(0) @Max(COUNT_MAX) issued: number;
  @ApiProperty({ example: 58 }) @IsInt() @Min(0) @Max(COUNT_MAX) returned: number;
  @ApiProperty({ example: 3 }) @IsInt() @Min(0) @Max(COUNT_MAX) invalid: number;
  @ApiProperty({ type: [JuryPaperCountLineDto] })
  @IsDefined()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => JuryPaperCountLineDto)
  candidates: JuryPaperCountLineDto[];
}

export class RecordJuryResultDto {}

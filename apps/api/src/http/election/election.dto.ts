import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateNested,
} from 'class-validator';
import { UUID_TEXT } from '@app/domain';

export const DELEGATE_ID = /^[A-Za-z0-9._-]{1,64}$/;
const POSITION_KEY = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MARKS = ['approve', 'oppose', 'abstain'] as const;
const MAX_CANDIDATES = 1000;
const MAX_COUNT = 10_000_000;
const MAX_LIST = 5000;

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const wholeCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= MAX_COUNT;

/** A plain object keyed by candidacy id (uuid) whose values pass `check`; at most 1000 keys. */
function IsCandidacyMap(name: string, check: (value: unknown) => boolean, describe: string) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name,
      target: object.constructor,
      propertyName,
      validator: {
        validate(value: unknown) {
          if (!isPlainObject(value)) return false;
          const entries = Object.entries(value);
          return entries.length <= MAX_CANDIDATES && entries.every(([key, v]) => UUID_TEXT.test(key) && check(v));
        },
        defaultMessage: () => `${propertyName} must be an object of at most ${MAX_CANDIDATES} candidacy ids (uuid) to ${describe}`,
      },
    });
}

const isCandidateMarks = (v: unknown) =>
  isPlainObject(v) && Object.keys(v).length === 3 && wholeCount(v.approve) && wholeCount(v.oppose) && wholeCount(v.abstain);

export class QuorumDto {
  @ApiProperty({ example: 2, description: 'More than numerator/denominator of registered delegates must be present' })
  @IsInt()
  @Min(0)
  @Max(1000)
  numerator: number;
  @ApiProperty({ example: 3 }) @IsInt() @Min(1) @Max(1000) denominator: number;
}

export class ElectionRulesDto {
  @ApiPropertyOptional({ type: QuorumDto, description: 'Default 2/3' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => QuorumDto)
  quorum?: QuorumDto;

  @ApiPropertyOptional({ enum: ['present', 'registered'], description: 'Elected needs approvals from more than half of these (default present)' })
  @IsOptional()
  @IsIn(['present', 'registered'])
  majorityBase?: 'present' | 'registered';
}

export class DelegateDto {
  @ApiProperty({ example: 'hz-001' }) @IsString() @Matches(DELEGATE_ID, { message: 'delegateId must be 1–64 of [A-Za-z0-9._-]' }) delegateId: string;
  @ApiPropertyOptional({ example: '王红' }) @IsOptional() @IsString() @MaxLength(50) name?: string;
}

export class RegisterDelegatesDto {
  @ApiPropertyOptional({ type: [DelegateDto], description: 'Delegates by id and name; or give `count` instead' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LIST)
  @ValidateNested({ each: true })
  @Type(() => DelegateDto)
  delegates?: DelegateDto[];

  @ApiPropertyOptional({ example: 120, description: 'Register this many delegates with ids D0001, D0002, …; or give `delegates` instead' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_LIST)
  count?: number;
}

export class CheckInDelegatesDto {
  @ApiProperty({ type: [String], example: ['D0001', 'D0002'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LIST)
  @IsString({ each: true })
  @Matches(DELEGATE_ID, { each: true, message: 'each delegate id must be 1–64 of [A-Za-z0-9._-]' })
  delegateIds: string[];
}

export class CancelCheckInDto {
  @ApiProperty({ example: '扫错了代表证（应为 D0018）' }) @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
}

export class CompetitiveExceptionDto {
  @ApiProperty({ example: '经上级妇联批准，本轮实行等额选举' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}

export class OpenRoundDto {
  @ApiProperty({ example: 'vice-chair' })
  @IsString()
  @Matches(POSITION_KEY, { message: 'positionKey must be lower-case letters, digits and dashes' })
  positionKey: string;

  @ApiProperty({ enum: ['electronic', 'paper'] }) @IsIn(['electronic', 'paper']) method: 'electronic' | 'paper';

  @ApiPropertyOptional({ description: 'Allow write-ins (另选他人); not in a run-off' }) @IsOptional() @IsBoolean() allowWriteIns?: boolean;

  @ApiPropertyOptional({
    type: [String],
    description: 'Who may be written in (qualified candidacies not on the ballot); default: the finalists not on it and not elected',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CANDIDATES)
  @IsUUID('all', { each: true })
  writeInEligibleIds?: string[];

  @ApiPropertyOptional({ type: CompetitiveExceptionDto, description: 'Hold the round with no more candidates than seats (等额), with the reason' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CompetitiveExceptionDto)
  competitiveException?: CompetitiveExceptionDto;
}

export class PaperCountDto {
  @ApiProperty({ example: 100 }) @IsInt() @Min(0) @Max(MAX_COUNT) ballotsIssued: number;
  @ApiProperty({ example: 100 }) @IsInt() @Min(0) @Max(MAX_COUNT) ballotsReturned: number;
  @ApiProperty({ example: 2 }) @IsInt() @Min(0) @Max(MAX_COUNT) invalidBallots: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', properties: { approve: { type: 'integer' }, oppose: { type: 'integer' }, abstain: { type: 'integer' } } },
    description: 'Per candidate on the ballot: approve + oppose + abstain must equal the valid ballots',
    example: { '00000000-0000-4000-8000-000000000001': { approve: 70, oppose: 20, abstain: 8 } },
  })
  @IsDefined()
  @IsCandidacyMap('isPaperTally', isCandidateMarks, '{ approve, oppose, abstain } whole numbers')
  perCandidate: Record<string, { approve: number; oppose: number; abstain: number }>;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Approvals per written-in person (when the round allows write-ins)',
    example: { '00000000-0000-4000-8000-000000000002': 3 },
  })
  @IsOptional()
  @IsCandidacyMap('isWriteInCount', wholeCount, 'whole numbers')
  writeIns?: Record<string, number>;
}

export class CastBallotDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: [...MARKS] },
    description: 'approve / oppose / abstain per candidate on the ballot; a candidate left out counts as abstain; {} is a blank (valid) ballot',
    example: { '00000000-0000-4000-8000-000000000001': 'approve', '00000000-0000-4000-8000-000000000003': 'oppose' },
  })
  @IsDefined()
  @IsCandidacyMap('isBallotMarks', (v) => typeof v === 'string' && (MARKS as readonly string[]).includes(v), 'approve, oppose or abstain')
  marks: Record<string, (typeof MARKS)[number]>;

  @ApiPropertyOptional({ type: [String], description: 'Written-in persons (另选他人), when the round allows it' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  writeIns?: string[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsObject,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import {
  type AwardPublication,
  CAMPAIGN_STAGES,
  type CampaignStage,
  dec,
  EMPLOYMENT_TYPES,
  GENDERS,
  PIPELINE_TEMPLATES,
  type PipelineTemplate,
  NOMINATION_CHANNELS,
  type NominationChannel,
  quotaIdentity,
  SKIPPABLE_STAGE_GROUPS,
  sum,
} from '@app/domain';

const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;
const DECIMAL = /^\d{1,4}(\.\d{1,2})?$/;
const KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;
const ATTRIBUTE_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
/** Numbers arrive as JSON numbers or strings; keep them as text so no float ever holds them. */
const asDecimalText = () => Transform(({ value }) => (typeof value === 'number' ? String(value) : value));

export class PositionDto {
  @ApiProperty({ example: 'vice-chair' }) @IsString() @Matches(KEY, { message: 'key must be lower-case letters, digits and dashes' }) key: string;
  @ApiProperty({ example: '兼职副主席' }) @IsString() @IsNotEmpty() @MaxLength(100) title: string;
  @ApiProperty({ example: 3 }) @IsInt() @Min(1) @Max(100) seats: number;
}

/** The three weights must sum to exactly 100 (checked exactly, with decimals). */
function WeightsSumTo100() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'sumTo100',
      target: object.constructor,
      propertyName,
      validator: {
        validate(value: WeightsDto) {
          if (!value || typeof value !== 'object') return true;
          const parts = [value.projectReview, value.panelOpinion, value.jury];
          if (!parts.every((p) => typeof p === 'string' && PERCENT.test(p))) return true; // reported by the fields' own rules
          return sum(parts.map(dec)).equals(100);
        },
        defaultMessage(args: ValidationArguments) {
          const v = args.value as WeightsDto;
          let total = '?';
          try {
            total = sum([v.projectReview, v.panelOpinion, v.jury].map(dec)).toString();
          } catch {
            /* non-numeric parts are reported by their own rules */
          }
          return `weights must sum to exactly 100 (projectReview + panelOpinion + jury = ${total})`;
        },
      },
    });
}

export class WeightsDto {
  @ApiProperty({ example: '40', description: 'Percent, up to 2 decimals' })
  @asDecimalText()
  @IsString()
  @Matches(PERCENT, { message: 'projectReview must be a percentage with at most 2 decimals' })
  projectReview: string;
  @ApiProperty({ example: '30' })
  @asDecimalText()
  @IsString()
  @Matches(PERCENT, { message: 'panelOpinion must be a percentage with at most 2 decimals' })
  panelOpinion: string;
  @ApiProperty({ example: '30' }) @asDecimalText() @IsString() @Matches(PERCENT, { message: 'jury must be a percentage with at most 2 decimals' }) jury: string;
}

export class RubricCriterionDto {
  @ApiProperty({ example: 'needs-fit' }) @IsString() @Matches(KEY, { message: 'key must be lower-case letters, digits and dashes' }) key: string;
  @ApiProperty({ example: '契合妇女群众需求' }) @IsString() @IsNotEmpty() @MaxLength(100) title: string;
  @ApiProperty({ example: '30' })
  @asDecimalText()
  @IsString()
  @Matches(DECIMAL, { message: 'max must be a positive number with at most 2 decimals' })
  max: string;
  @ApiProperty({ example: '0.5' })
  @asDecimalText()
  @IsString()
  @Matches(DECIMAL, { message: 'step must be a positive number with at most 2 decimals' })
  step: string;
}

const QUOTA_VALUES: Record<string, readonly unknown[]> = {
  grassrootsFrontline: [true, false],
  employment: EMPLOYMENT_TYPES,
  gender: GENDERS,
};

/** The value a quota counts must be one the attribute can take (true when left out, for yes/no attributes). */
function IsQuotaValue() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isQuotaValue',
      target: object.constructor,
      propertyName,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const allowed = QUOTA_VALUES[(args.object as QuotaDto).attribute];
          return !allowed || value === undefined || allowed.includes(value);
        },
        defaultMessage: (args: ValidationArguments) =>
          `equals must be one of ${JSON.stringify(QUOTA_VALUES[(args.object as QuotaDto).attribute] ?? [])} for attribute ${(args.object as QuotaDto).attribute}`,
      },
    });
}

/** The quota rows before this one, attached (not enumerable, so never taken for a request field) by linkEarlierQuotas. */
const EARLIER_QUOTAS = Symbol('earlierQuotas');
type LinkedQuota = QuotaDto & { [EARLIER_QUOTAS]?: { index: number; quota: QuotaDto }[] };

/**
 * class-validator checks each row on its own; a repeated quota is a property of the list. Linking each row to the
 * rows before it lets the row itself be reported (quotas.2.attribute), which is where the form shows it.
 */
const linkEarlierQuotas = () =>
  Transform(({ value }) => {
    if (Array.isArray(value)) {
      value.forEach((q: unknown, i) => {
        if (q && typeof q === 'object')
          Object.defineProperty(q, EARLIER_QUOTAS, { value: value.slice(0, i).map((quota, index) => ({ index, quota })), enumerable: false });
      });
    }
    return value;
  });

/** The same attribute, value and body as an earlier row: one quota written twice (the domain refuses it as well). */
function IsNotARepeatedQuota() {
  const repeated = (q: LinkedQuota) => (q[EARLIER_QUOTAS] ?? []).find((e) => e.quota && quotaIdentity(e.quota) === quotaIdentity(q));
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'uniqueQuota',
      target: object.constructor,
      propertyName,
      validator: {
        validate: (_value: unknown, args: ValidationArguments) => !repeated(args.object as LinkedQuota),
        defaultMessage: (args: ValidationArguments) => {
          const q = args.object as LinkedQuota;
          return `this quota repeats quotas.${repeated(q)?.index} (${q.attribute} = ${String(q.equals ?? true)}, ${q.appliesTo}): put the minimum and maximum in one quota`;
        },
      },
    });
}

export class QuotaDto {
  @ApiProperty({
    example: 'grassrootsFrontline',
    description: `One of ${Object.keys(QUOTA_VALUES).join(', ')}, or the key of one of the campaign's candidateAttributes`,
  })
  @IsString()
  @Matches(ATTRIBUTE_KEY, { message: 'attribute must be a letter followed by letters, digits, - or _' })
  @IsNotARepeatedQuota()
  attribute: string;
  @ApiPropertyOptional({ example: 'full-time', description: 'The value that counts towards the quota; true when left out' })
  @IsOptional()
  @IsQuotaValue()
  equals?: string | boolean;
  @ApiPropertyOptional({ example: 30 }) @IsOptional() @IsInt() @Min(0) @Max(100) minSharePercent?: number;
  @ApiPropertyOptional({ example: 50 }) @IsOptional() @IsInt() @Min(0) @Max(100) maxSharePercent?: number;
  @ApiProperty({ enum: ['shortlist', 'elected'] }) @IsIn(['shortlist', 'elected']) appliesTo: 'shortlist' | 'elected';
  @ApiPropertyOptional({ example: 'standing-committee', description: "With appliesTo 'elected': the key of the body (bodies) the quota is checked on" })
  @IsOptional()
  @IsString()
  @Matches(KEY, { message: 'body must be lower-case letters, digits and dashes' })
  body?: string;
}

export class SittingMembersDto {
  @ApiProperty({ example: 3, description: 'How many sitting members have these attributes' }) @IsInt() @Min(1) @Max(500) count: number;
  @ApiProperty({ example: { grassrootsFrontline: true, employment: 'part-time' }, description: 'Their quota attributes (never names)' })
  @IsObject()
  attributes: Record<string, string | boolean>;
}

export class GoverningBodyDto {
  @ApiProperty({ example: 'standing-committee' }) @IsString() @Matches(KEY, { message: 'key must be lower-case letters, digits and dashes' }) key: string;
  @ApiProperty({ example: '常务委员会' }) @IsString() @IsNotEmpty() @MaxLength(100) title: string;
  @ApiProperty({ type: [String], example: ['standing-member'], description: 'The positions whose elected join this body' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  positionKeys: string[];
  @ApiPropertyOptional({ type: [SittingMembersDto], description: 'Members not up for election, counted by their attributes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SittingMembersDto)
  sittingMembers?: SittingMembersDto[];
}

export class AttributeDefinitionDto {
  @ApiProperty({ example: 'nonParty' })
  @IsString()
  @Matches(ATTRIBUTE_KEY, { message: 'key must be a letter followed by letters, digits, - or _' })
  key: string;
  @ApiProperty({ example: '无党派人士' }) @IsString() @IsNotEmpty() @MaxLength(50) label: string;
  @ApiProperty({ enum: ['boolean', 'choice'] }) @IsIn(['boolean', 'choice']) kind: 'boolean' | 'choice';
  @ApiPropertyOptional({ type: [String], description: "kind 'choice': the values a candidate may give" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  choices?: string[];
}

export class TimelineDto {
  @ApiPropertyOptional() @IsOptional() @IsISO8601() candidacyOpensAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601() candidacyClosesAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601() juryClosesAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601() projectReviewClosesAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601() congressAt?: string;
}

export class AwardTierDto {
  @ApiProperty({ example: 'winner' }) @IsString() @Matches(KEY, { message: 'key must be lower-case letters, digits and dashes' }) key: string;
  @ApiProperty({ example: '十佳家庭' }) @IsString() @IsNotEmpty() @MaxLength(100) title: string;
  @ApiProperty({ example: 10 }) @IsInt() @Min(1) @Max(1000) size: number;
}

const SKIPPABLE_STAGES = [...new Set(SKIPPABLE_STAGE_GROUPS.flat())];

/** Which pipeline the campaign runs; the domain checks what may be left out and the weights (pipeline.* refusals). */
export class PipelineConfigDto {
  @ApiProperty({ enum: PIPELINE_TEMPLATES, example: 'honours' }) @IsIn(PIPELINE_TEMPLATES) template: PipelineTemplate;
  @ApiPropertyOptional({ enum: SKIPPABLE_STAGES, isArray: true, description: 'Stages left out: project-review with panel-opinion, panel-opinion, jury' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(SKIPPABLE_STAGES, { each: true })
  skippedStages?: CampaignStage[];
  @ApiPropertyOptional({ type: [AwardTierDto], description: 'Honours only: the award tiers in order' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => AwardTierDto)
  awardTiers?: AwardTierDto[];
  @ApiPropertyOptional({ enum: ['ranked', 'unranked'], description: 'Honours only; unranked (排名不分先后) when left out' })
  @IsOptional()
  @IsIn(['ranked', 'unranked'])
  publication?: AwardPublication;
}

/** A campaign's whole configuration; what is left out takes the documented default. */
export class NominationRulesDto {
  @ApiPropertyOptional({ enum: NOMINATION_CHANNELS, isArray: true, example: ['self', 'organisation', 'joint'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(NOMINATION_CHANNELS, { each: true })
  channels?: NominationChannel[];
  @ApiPropertyOptional({ example: 5, description: 'Fewest distinct names a joint nomination needs' })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(100)
  jointNominatorsMinimum?: number;
}

export class CampaignConfigDto {
  @ApiProperty({ example: '区妇联兼职副主席、兼职常委公开选配' }) @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @ApiProperty({ example: '某区妇女联合会' }) @IsString() @IsNotEmpty() @MaxLength(200) organisingBody: string;

  @ApiProperty({ type: [PositionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PositionDto)
  positions: PositionDto[];

  @ApiPropertyOptional({ type: WeightsDto, description: 'Default 40 / 30 / 30' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => WeightsDto)
  @WeightsSumTo100()
  weights?: WeightsDto;

  @ApiPropertyOptional({ type: [RubricCriterionDto], description: 'Default: needs fit 30, feasibility 25, innovation 20, sustainability 15, presentation 10' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionDto)
  rubric?: RubricCriterionDto[];

  @ApiPropertyOptional({ enum: ['score', 'approval'] }) @IsOptional() @IsIn(['score', 'approval']) juryMode?: 'score' | 'approval';
  @ApiPropertyOptional({ example: 5 }) @IsOptional() @IsInt() @Min(1) @Max(100) approvalLimit?: number;
  @ApiPropertyOptional({ example: 20 }) @IsOptional() @IsInt() @Min(0) @Max(100) competitiveMarginPercent?: number;

  @ApiPropertyOptional({ type: [QuotaDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => QuotaDto)
  @linkEarlierQuotas()
  quotas?: QuotaDto[];

  @ApiPropertyOptional({ type: TimelineDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => TimelineDto) timeline?: TimelineDto;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() blindReview?: boolean;
  @ApiPropertyOptional({ default: 5, description: 'Working days of the publicity period (公示期), weekends skipped' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  publicityWorkingDays?: number;
  @ApiPropertyOptional({ default: 1095, description: 'Days personal data is kept after certification before it may be erased (default 3 years)' })
  @IsOptional()
  @IsInt()
  @Min(30)
  @Max(36500)
  retentionDays?: number;

  @ApiPropertyOptional({
    type: [GoverningBodyDto],
    description: 'Governing bodies (e.g. the standing committee) quotas may be checked on, with sitting members',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => GoverningBodyDto)
  bodies?: GoverningBodyDto[];

  @ApiPropertyOptional({
    type: [AttributeDefinitionDto],
    description:
      'Extra candidate attributes quotas may count (e.g. sector, ageBand — derived from the birth year —, nonParty, ethnicMinority, taiwanCompatriot)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AttributeDefinitionDto)
  candidateAttributes?: AttributeDefinitionDto[];
  @ApiPropertyOptional({ type: PipelineConfigDto, description: 'Open selection (to congress) when left out; or honours, with award tiers' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PipelineConfigDto)
  pipeline?: PipelineConfigDto;

  @ApiPropertyOptional({ type: NominationRulesDto, description: 'Nomination channels open (default: all) and the joint minimum (default 5)' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NominationRulesDto)
  nomination?: NominationRulesDto;
}

export class DiscardDraftDto {
  @ApiPropertyOptional({ example: '重复创建', description: 'Why the draft is discarded; kept in its history' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

/** Every stage but draft, where a campaign starts (GET /stages says which of them their own command enters). */
const ENTERABLE_STAGES = CAMPAIGN_STAGES.slice(1);

export class AdvanceStageDto {
  @ApiProperty({ example: 'candidacy-open', enum: ENTERABLE_STAGES })
  @IsIn(ENTERABLE_STAGES)
  to: CampaignStage;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, registerDecorator, ValidateIf } from 'class-validator';
import { PANEL_GRADES, type PanelGrade } from '@app/domain';

export const USER_ID = /^[A-Za-z0-9._-]{1,64}$/;
const CRITERION_KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;
const MAX_CRITERIA = 50;

/**
 * Scores keyed by rubric criterion: a plain object of at most 50 keys shaped like rubric keys, each a finite number
 * or a short text. Whether a key is a criterion of this campaign's rubric, and whether a value is in range and on
 * the step, is the domain's call (422 with the criterion named), since only it knows the rubric.
 */
function IsScoreMap() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isScoreMap',
      target: object.constructor,
      propertyName,
      validator: {
        validate(value: unknown) {
          if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
          const entries = Object.entries(value as Record<string, unknown>);
          if (entries.length > MAX_CRITERIA) return false;
          return entries.every(
            ([key, v]) =>
              CRITERION_KEY.test(key) && ((typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length > 0 && v.length <= 20)),
          );
        },
        defaultMessage: () =>
          `${propertyName} must be an object of at most ${MAX_CRITERIA} criteria (lower-case keys) to a number or a numeric text, e.g. { "needs-fit": "27.5" }`,
      },
    });
}

const SCORES_SCHEMA: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
  example: { 'needs-fit': '27.5', feasibility: '22', innovation: '17.5', sustainability: '12', presentation: '8.5' },
};

export class AddExpertDto {
  @ApiProperty({ example: 'expert-wang', description: 'The expert’s user id (the `sub` of her token)' })
  @IsString()
  @Matches(USER_ID, { message: 'expertId must be 1–64 of [A-Za-z0-9._-]' })
  expertId: string;

  @ApiProperty({ example: '王教授' }) @IsString() @IsNotEmpty() @MaxLength(50) name: string;

  @ApiPropertyOptional({ type: [String], description: 'Assign only these candidacies; leave out to assign every qualified candidacy' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  candidacyIds?: string[];
}

export class ChangeAssignmentsDto {
  @ApiProperty({ type: [String], nullable: true, description: 'Exactly these candidacies, or null for every qualified candidacy' })
  @ValidateIf((o: ChangeAssignmentsDto) => o.candidacyIds !== null)
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  candidacyIds: string[] | null;
}

export class DeclareConflictDto {
  @ApiProperty({ example: '与该候选人为同一单位同事' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}

export class RecordConflictDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') candidacyId: string;
  @ApiProperty({ example: '该专家与候选人系亲属关系' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}

export class ScoreSheetDraftDto {
  @ApiProperty(SCORES_SCHEMA) @IsScoreMap() scores: Record<string, string | number>;
  @ApiPropertyOptional({ example: '需求分析扎实，预算偏紧' }) @IsOptional() @IsString() @MaxLength(5000) comment?: string;
}

export class SubmitScoreSheetDto {
  @ApiPropertyOptional({ ...SCORES_SCHEMA, description: 'Every criterion; leave out to submit the saved draft' })
  @IsOptional()
  @IsScoreMap()
  scores?: Record<string, string | number>;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) comment?: string;
}

export class UnlockSheetDto {
  @ApiProperty({ example: '专家申请更正录入错误' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}

export class CloseProjectReviewDto {
  @ApiPropertyOptional({ example: '一位专家因病无法完成评分，经评审委员会同意按已提交评分计算', description: 'Required when assigned sheets are missing' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  overrideReason?: string;
}

export class PanelGradeDto {
  @ApiProperty({ enum: PANEL_GRADES }) @IsIn(PANEL_GRADES) grade: PanelGrade;
  @ApiProperty({ example: '答辩思路清晰，项目可行' }) @IsString() @IsNotEmpty() @MaxLength(5000) opinion: string;
}

export class StatisticsQueryDto {
  @ApiPropertyOptional({ example: '15', description: 'Flag sheets further than this from their candidate’s trimmed mean (sheet points)' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,4}(\.\d{1,2})?$/, { message: 'outlierDistance must be a number ≥ 0 with at most 2 decimals' })
  outlierDistance?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class LodgeObjectionDto {
  @ApiProperty({ example: '反映某候选人考察材料与实际情况不符' }) @IsString() @IsNotEmpty() @MaxLength(5000) text: string;
  @ApiPropertyOptional({ example: '139-0000-0000', description: 'How the organiser can reach you (optional)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  contact?: string;
}

export class ResolveObjectionDto {
  @ApiProperty({ example: '经核实，反映情况不属实，维持原结果' }) @IsString() @IsNotEmpty() @MaxLength(5000) resolution: string;
  @ApiProperty({ description: 'true when the objection is found to be right (blocks certification until corrected)' }) @IsBoolean() upheld: boolean;
}

export class CorrectionDto {
  @ApiProperty({ example: '更正公告中一处单位名称的笔误' }) @IsString() @IsNotEmpty() @MaxLength(5000) text: string;
  @ApiPropertyOptional({
    type: [String],
    description: 'During publicity: the upheld objections this correction answers (required then; not after certification)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  objectionIds?: string[];
}

export class DismissObjectionsDto {
  @ApiProperty({ type: [String], description: 'The pending objections to dismiss (1–1000); admitted ones are answered instead' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  objectionIds: string[];
  @ApiProperty({ example: '内容与本次选配无关（广告），不予受理', description: 'Why: kept in the campaign history and the audit trail, never published' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class QuotaExceptionDto {
  @ApiPropertyOptional({
    example: '符合条件的候选人均已当选，常委会基层一线比例以届中增补解决',
    description:
      'Publish: only when the elected break a quota no further round can mend; certify: a broken quota recorded without a reason. Kept in the result.',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  quotaExceptionReason?: string;
}

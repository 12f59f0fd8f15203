import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { EXTENDABLE_DEADLINES, type ExtendableDeadline } from '@app/domain';

/** A copy of a past campaign: its configuration with every date moved by whole days (issue 16). */
export class CloneCampaignDto {
  @ApiPropertyOptional({ example: '2027年区妇联兼职副主席、兼职常委公开选配', description: 'The copy’s title; the source’s when left out' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ example: '某区妇女联合会', description: 'The copy’s organising body; the source’s when left out' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  organisingBody?: string;

  @ApiPropertyOptional({ description: 'The organisation the copy belongs to; required when she organises several, else hers' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ example: 365, description: 'Move every date by this many days (give this or candidacyOpensOn)' })
  @ValidateIf((o: CloneCampaignDto) => o.candidacyOpensOn === undefined)
  @IsInt({ message: 'shiftDays must be a whole number of days (or give candidacyOpensOn)' })
  @Min(-3650)
  @Max(3650)
  shiftDays?: number;

  @ApiPropertyOptional({ example: '2027-03-01', description: 'The day the copy’s candidacy opens; every date moves by as many days (time of day kept)' })
  @ValidateIf((o: CloneCampaignDto) => o.shiftDays === undefined || o.candidacyOpensOn !== undefined)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'candidacyOpensOn must be a day written YYYY-MM-DD (or give shiftDays)' })
  @IsISO8601({ strict: true }, { message: 'candidacyOpensOn must be a real calendar day' })
  candidacyOpensOn?: string;
}

export class ExtendDeadlineDto {
  @ApiProperty({ enum: EXTENDABLE_DEADLINES, example: 'candidacyClosesAt' })
  @IsIn(EXTENDABLE_DEADLINES)
  deadline: ExtendableDeadline;

  @ApiProperty({ example: '2027-04-07T17:00:00+08:00', description: 'The new deadline, later than the current one' })
  @IsISO8601({ strict: true })
  to: string;

  @ApiProperty({ example: '报名人数不足，延长报名一周', description: 'Why; kept in the campaign’s history' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

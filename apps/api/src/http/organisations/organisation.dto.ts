import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ORGANISATION_LEVELS, type OrganisationLevel } from '@app/domain';

export class CreateOrganisationDto {
  @ApiProperty({ description: 'The organisation to create it under (one you organise)' }) @IsUUID() parentId: string;
  @ApiProperty({ example: '江岸区妇联' }) @IsString() @MinLength(1) @MaxLength(100) name: string;
  @ApiProperty({ enum: ORGANISATION_LEVELS, example: 'district' }) @IsIn(ORGANISATION_LEVELS) level: OrganisationLevel;
}

export class AddOrganiserDto {
  @ApiProperty({ example: 'organiser-wang', description: 'The person’s id (her sign-in subject)' })
  @IsString()
  @Matches(/^[A-Za-z0-9._:@-]{1,100}$/, { message: 'personId must be 1–100 of [A-Za-z0-9._:@-]' })
  personId: string;
  @ApiProperty({ example: '王主任' }) @IsString() @MinLength(1) @MaxLength(50) name: string;
}

export class IncludesDescendantsDto {
  @ApiProperty({ description: 'Whether she also acts on the campaigns of every organisation below this one' }) @IsBoolean() includesDescendants: boolean;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { GRANTABLE_CAMPAIGN_ROLES, type GrantableCampaignRole } from '@app/domain';

export class GrantCampaignRoleDto {
  @ApiProperty({ example: 'inspector-zhao', description: 'The person’s id (her sign-in subject)' })
  @IsString()
  @Matches(/^[A-Za-z0-9._:@-]{1,100}$/, { message: 'personId must be 1–100 of [A-Za-z0-9._:@-]' })
  personId: string;
  @ApiProperty({ example: '赵考察' }) @IsString() @MinLength(1) @MaxLength(50) name: string;
  @ApiProperty({ enum: GRANTABLE_CAMPAIGN_ROLES }) @IsIn(GRANTABLE_CAMPAIGN_ROLES) role: GrantableCampaignRole;
}

export class RevokeCampaignRoleDto {
  @ApiProperty({ example: 'inspector-zhao' })
  @IsString()
  @Matches(/^[A-Za-z0-9._:@-]{1,100}$/, { message: 'personId must be 1–100 of [A-Za-z0-9._:@-]' })
  personId: string;
  @ApiProperty({ enum: GRANTABLE_CAMPAIGN_ROLES }) @IsIn(GRANTABLE_CAMPAIGN_ROLES) role: GrantableCampaignRole;
}

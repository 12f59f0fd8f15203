import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { INVITED_CAMPAIGN_ROLES, type InvitedCampaignRole } from '@app/identity';

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export class InviteOrganiserDto {
  @ApiProperty({ example: 'wang@example.org' }) @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email: string;
  @ApiProperty({ example: '王主任' }) @IsString() @MinLength(1) @MaxLength(50) name: string;
}

export class InviteToCampaignDto extends InviteOrganiserDto {
  @ApiProperty({ enum: INVITED_CAMPAIGN_ROLES }) @IsIn(INVITED_CAMPAIGN_ROLES) role: InvitedCampaignRole;
}

export class InvitationTokenDto {
  @ApiProperty() @IsString() @Matches(TOKEN, { message: 'token is not a token from our mail' }) token: string;
}

/**
 * Accepting: a new invitee sets her password (the account rules apply, checked when the account is created); one
 * who has an account gives her own password (and authenticator code, if she set one up).
 */
export class AcceptInvitationDto extends InvitationTokenDto {
  @ApiProperty({ description: 'New invitee: the password to set (at least 10 characters, not a common one). Existing account: her password.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
  @ApiPropertyOptional({ example: '123456' }) @IsOptional() @Matches(/^\d{6}$/, { message: 'totp must be 6 digits' }) totp?: string;
}

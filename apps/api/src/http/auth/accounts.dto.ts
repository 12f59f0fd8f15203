import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PasswordRules } from './password-rules.validator';

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export class SignInDto {
  @ApiProperty({ example: 'li@example.org', description: 'E-mail address or phone number' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  login: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) password: string;
  @ApiPropertyOptional({ example: '123456', description: 'Authenticator code, when the account has a second factor' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'totp must be 6 digits' })
  totp?: string;
}

export class RefreshDto {
  @ApiProperty() @IsString() @Matches(TOKEN, { message: 'refreshToken is not a refresh token' }) refreshToken: string;
}

export class RegisterDto {
  @ApiProperty({ example: '周晓雯' }) @IsString() @IsNotEmpty() @MaxLength(50) name: string;
  @ApiProperty({ example: 'zhou@example.org' }) @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email: string;
  @ApiPropertyOptional({ example: '+86 138 0013 8000' })
  @IsOptional()
  @Matches(/^\+?[\d\s-]{6,20}$/, { message: 'phone must be 6–20 digits (spaces, dashes and a leading + allowed)' })
  phone?: string;
  @ApiProperty({ description: 'At least 10 characters, not one of the commonest passwords' }) @PasswordRules() password: string;
}

export class TokenDto {
  @ApiProperty() @IsString() @Matches(TOKEN, { message: 'token is not a token from our mail' }) token: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'li@example.org' }) @IsString() @IsNotEmpty() @MaxLength(254) login: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty() @IsString() @Matches(TOKEN, { message: 'token is not a token from our mail' }) token: string;
  @ApiProperty({ description: 'At least 10 characters, not one of the commonest passwords' }) @PasswordRules() newPassword: string;
}

export class TotpCodeDto {
  @ApiProperty({ example: '123456' }) @Matches(/^\d{6}$/, { message: 'code must be 6 digits' }) code: string;
}

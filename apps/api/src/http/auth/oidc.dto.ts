import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class OidcExchangeDto {
  @ApiProperty({ description: 'The one-time code the callback put in the sign-in page’s address (#ssoCode=…)' })
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'code is not a sign-in code' })
  code: string;
}

import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@app/auth';
import { TotpEnrolmentService } from '@app/identity';
import { TotpCodeDto } from './accounts.dto';

@ApiTags('auth')
@Controller('auth/totp')
export class TotpController {
  constructor(private readonly enrolment: TotpEnrolmentService) {}

  @Post('setup')
  @Roles('organiser')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start setting up an authenticator app: a new secret and its otpauth:// URI (not yet required at sign-in)' })
  setUp(@CurrentUser() user: AuthUser) {
    return this.enrolment.setUp(user);
  }

  @Post('enable')
  @Roles('organiser')
  @HttpCode(200)
  @ApiOperation({ summary: 'Switch the second factor on with a current code from the app; sign-in then asks for it' })
  async enable(@CurrentUser() user: AuthUser, @Body() dto: TotpCodeDto) {
    await this.enrolment.enable(user, dto.code);
    return { totpEnabled: true };
  }
}

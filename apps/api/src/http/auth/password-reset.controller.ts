import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, RateLimited } from '@app/auth';
import { PasswordResetService } from '@app/identity';
import { PasswordResetConfirmDto, PasswordResetRequestDto } from './accounts.dto';

@ApiTags('auth')
@Controller('auth/password-reset')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  @Post()
  @Public()
  @RateLimited()
  @HttpCode(202)
  @ApiOperation({ summary: 'Ask for a password-reset link by e-mail (always 202: it does not say whether the login exists)' })
  async request(@Body() dto: PasswordResetRequestDto) {
    await this.resets.request(dto.login);
    return { status: 'accepted', message: 'If the login belongs to an account with an e-mail address, a reset link is on its way.' };
  }

  @Post('confirm')
  @Public()
  @RateLimited()
  @HttpCode(200)
  @ApiOperation({ summary: 'Set a new password with the token from the reset link; every session of the account ends' })
  async confirm(@Body() dto: PasswordResetConfirmDto) {
    await this.resets.confirm(dto.token, dto.newPassword);
    return { passwordChanged: true };
  }
}

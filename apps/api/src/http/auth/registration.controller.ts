import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, RateLimited } from '@app/auth';
import { RegistrationService } from '@app/identity';
import { RegisterDto, TokenDto } from './accounts.dto';

@ApiTags('auth')
@Controller('auth')
export class RegistrationController {
  constructor(private readonly registrations: RegistrationService) {}

  @Post('register')
  @Public()
  @RateLimited()
  @HttpCode(202)
  @ApiOperation({ summary: 'Register as a candidate; a confirmation link is e-mailed (the same answer whether or not the address is taken)' })
  async register(@Body() dto: RegisterDto) {
    await this.registrations.register(dto);
    return { status: 'accepted', message: 'If the address can be used, a confirmation link is on its way; open it to confirm your e-mail.' };
  }

  @Post('confirm-email')
  @Public()
  @RateLimited()
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm an e-mail address with the token from the confirmation link' })
  async confirmEmail(@Body() dto: TokenDto) {
    await this.registrations.confirmEmail(dto.token);
    return { emailConfirmed: true };
  }
}

import { Body, Controller, Get, HttpCode, Ip, NotFoundException, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole, type AuthUser, CurrentUser, Public, RateLimited } from '@app/auth';
import { AppConfig } from '@app/config';
import { PeopleRepository, personView, SessionTokenService, SignInService, SingleSignOnService } from '@app/identity';
import { RefreshDto, SignInDto } from './accounts.dto';

@ApiTags('auth')
@Controller('auth')
export class SignInController {
  constructor(
    private readonly signIns: SignInService,
    private readonly sessions: SessionTokenService,
    private readonly people: PeopleRepository,
    private readonly config: AppConfig,
    private readonly sso: SingleSignOnService,
  ) {}

  @Get('options')
  @Public()
  @ApiOperation({ summary: 'Which ways to sign in this service offers (the sign-in page shows only those)' })
  options() {
    return { devLogin: this.config.AUTH_DEV_LOGIN, passwordSignIn: true, sso: this.sso.offered };
  }

  @Post('sign-in')
  @Public()
  @RateLimited()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with e-mail or phone and password (+ authenticator code): access and refresh tokens; 429 + Retry-After after repeated wrong passwords',
  })
  signIn(@Body() dto: SignInDto, @Ip() address: string) {
    return this.signIns.signIn(dto.login, dto.password, dto.totp, address);
  }

  @Post('refresh')
  @Public()
  @RateLimited()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token (once) for new tokens; a token used twice ends its whole session' })
  refresh(@Body() dto: RefreshDto) {
    return this.sessions.refresh(dto.refreshToken);
  }

  @Post('sign-out')
  @AnyRole()
  @HttpCode(204)
  @ApiOperation({ summary: 'End this session: its access and refresh tokens are refused from now on' })
  async signOut(@CurrentUser() user: AuthUser) {
    if (user.sessionId) await this.sessions.endFamily(user.sessionId);
  }

  @Get('me')
  @AnyRole()
  @ApiOperation({ summary: 'Who I am: my account (never its password hash or second-factor secret)' })
  async me(@CurrentUser() user: AuthUser) {
    const person = user.sessionId ? await this.people.byId(user.id) : undefined;
    if (person) return { ...personView(person), account: true };
    if (user.sessionId) throw new NotFoundException({ code: 'account.not-found', message: 'This account no longer exists.' });
    return { id: user.id, name: user.name ?? null, roles: user.roles, account: false };
  }
}

import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, RateLimited } from '@app/auth';
import { InvitationAcceptance } from './invitation-acceptance';
import { AcceptInvitationDto, InvitationTokenDto } from './invitations.dto';

/** The invitee's side: the token from the mail is her only credential until she has accepted. */
@ApiTags('invitations')
@Controller('invitations')
export class InvitationAcceptanceController {
  constructor(private readonly acceptance: InvitationAcceptance) {}

  @Post('preview')
  @Public()
  @RateLimited()
  @HttpCode(200)
  @ApiOperation({
    summary: 'What the link invites to, and whether the invited address already has an account (she then signs in instead of setting a password)',
  })
  preview(@Body() dto: InvitationTokenDto) {
    return this.acceptance.preview(dto.token);
  }

  @Post('accept')
  @Public()
  @RateLimited()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept: set a password (new) or give hers (existing account); the grant is recorded and she is signed in (access and refresh tokens)',
  })
  accept(@Body() dto: AcceptInvitationDto, @Ip() address: string) {
    return this.acceptance.accept(dto, address);
  }
}

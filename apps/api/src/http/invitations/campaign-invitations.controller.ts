import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@app/auth';
import type { SendOptions } from '../commands/command-gateway';
import { CommandEndpoint, CommandOptions } from '../commands/command-options.decorator';
import { InvitationIssuer } from './invitation-issuer';
import { InviteToCampaignDto } from './invitations.dto';

/** Experts, inspectors and counting officers invited by e-mail to a campaign its organisers run. */
@ApiTags('invitations')
@ApiBearerAuth()
@Controller('campaigns/:campaignId/invitations')
export class CampaignInvitationsController {
  constructor(private readonly issuer: InvitationIssuer) {}

  @Get()
  @Roles('organiser')
  @ApiOperation({ summary: 'Pending invitations to this campaign (not yet accepted, withdrawn or expired)' })
  list(@Param('campaignId', ParseUUIDPipe) campaignId: string) {
    return this.issuer.pending({ campaignId });
  }

  @Post()
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({
    summary:
      'Invite by e-mail an expert, inspector or counting officer (never one of its candidates); a one-time link valid 7 days is mailed; inviting the same address again replaces the link',
  })
  invite(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Body() dto: InviteToCampaignDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
  ) {
    return this.issuer.invite({ campaignId }, dto, user, options);
  }

  @Post(':invitationId/withdraw')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Withdraw a pending invitation: its link stops working' })
  withdraw(
    @Param('campaignId', ParseUUIDPipe) campaignId: string,
    @Param('invitationId', ParseUUIDPipe) invitationId: string,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
  ) {
    return this.issuer.withdraw({ campaignId }, invitationId, user, options);
  }
}

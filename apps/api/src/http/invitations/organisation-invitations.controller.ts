import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@app/auth';
import type { SendOptions } from '../commands/command-gateway';
import { CommandEndpoint, CommandOptions } from '../commands/command-options.decorator';
import { InvitationIssuer } from './invitation-issuer';
import { InviteOrganiserDto } from './invitations.dto';

/** Fellow organisers invited by e-mail to an organisation she may staff (the scope guard checks :organisationId). */
@ApiTags('invitations')
@ApiBearerAuth()
@Controller('organisations/:organisationId/invitations')
export class OrganisationInvitationsController {
  constructor(private readonly issuer: InvitationIssuer) {}

  @Get()
  @Roles('organiser')
  @ApiOperation({ summary: 'Pending invitations to organise this organisation' })
  list(@Param('organisationId', ParseUUIDPipe) organisationId: string) {
    return this.issuer.pending({ organisationId });
  }

  @Post()
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Invite a fellow organiser by e-mail; a one-time link valid 7 days is mailed; inviting the same address again replaces the link' })
  invite(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Body() dto: InviteOrganiserDto,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
  ) {
    return this.issuer.invite({ organisationId }, { ...dto, role: 'organiser' }, user, options);
  }

  @Post(':invitationId/withdraw')
  @Roles('organiser')
  @CommandEndpoint()
  @ApiOperation({ summary: 'Withdraw a pending invitation: its link stops working' })
  withdraw(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('invitationId', ParseUUIDPipe) invitationId: string,
    @CurrentUser() user: AuthUser,
    @CommandOptions() options: SendOptions,
  ) {
    return this.issuer.withdraw({ organisationId }, invitationId, user, options);
  }
}

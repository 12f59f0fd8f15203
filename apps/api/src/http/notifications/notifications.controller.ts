import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole, type AuthUser, CurrentUser, Roles } from '@app/auth';
import { DeliveryLog, NotificationPreferences } from '@app/notifications';
import { DeliveryLogQueryDto, NotificationPreferencesDto } from './notifications.dto';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class NotificationsController {
  constructor(
    private readonly preferences: NotificationPreferences,
    private readonly log: DeliveryLog,
  ) {}

  @Get('me/notification-preferences')
  @AnyRole()
  @ApiOperation({ summary: 'My notification settings (opt-out, e-mail, SMS, language)' })
  mine(@CurrentUser() user: AuthUser) {
    return this.preferences.get(user.id);
  }

  @Put('me/notification-preferences')
  @AnyRole()
  @ApiOperation({ summary: 'Change my notification settings; deliveries not yet sent follow them' })
  change(@CurrentUser() user: AuthUser, @Body() body: NotificationPreferencesDto) {
    return this.preferences.set(user.id, { optedOut: body.optedOut, email: body.email ?? null, sms: body.sms ?? null, locale: body.locale });
  }

  @Get('campaigns/:campaignId/notifications')
  @Roles('organiser')
  @ApiOperation({
    summary: 'The campaign’s notification deliveries, newest first: who (id, name), channel, kind, status, attempts, last error',
    description: 'status=dead lists the dead letters: deliveries that failed on every attempt or were refused for good. Never an address or a message text.',
  })
  deliveries(@Param('campaignId', ParseUUIDPipe) campaignId: string, @Query() query: DeliveryLogQueryDto) {
    return this.log.list(campaignId, query.status);
  }
}

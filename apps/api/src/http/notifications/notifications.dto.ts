import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { DELIVERY_STATUSES, type DeliveryStatus, NOTICE_LOCALES, type NoticeLocale } from '@app/notifications';

export class NotificationPreferencesDto {
  @ApiProperty({ description: 'No notification at all, whatever else is set' }) @IsBoolean() optedOut!: boolean;
  @ApiPropertyOptional({ nullable: true, description: 'null: e-mail whenever I have an address' }) @IsOptional() @IsBoolean() email?: boolean | null;
  @ApiPropertyOptional({ nullable: true, description: 'null: SMS only when I have no e-mail address' }) @IsOptional() @IsBoolean() sms?: boolean | null;
  @ApiProperty({ enum: NOTICE_LOCALES }) @IsIn(NOTICE_LOCALES) locale!: NoticeLocale;
}

export class DeliveryLogQueryDto {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, description: 'e.g. dead: the dead letters' }) @IsOptional() @IsIn(DELIVERY_STATUSES) status?: DeliveryStatus;
}

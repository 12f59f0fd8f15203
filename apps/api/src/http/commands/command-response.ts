import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CommandOutcome, CommandRejection } from '@app/database';

export class CommandRejectionDto implements CommandRejection {
  @ApiProperty({ example: 'stage.wrong' }) code: string;
  @ApiProperty({ example: 'Cannot submit a candidacy: the campaign is in stage "qualification-review".' }) message: string;
  @ApiProperty({ enum: ['conflict', 'invalid', 'forbidden', 'not-found', 'internal'] }) kind: CommandRejection['kind'];
  @ApiPropertyOptional({ example: 'weights' }) field?: string;
  @ApiPropertyOptional({
    description: 'The variable parts of the refusal, for a client that words it in its own language: numbers, titles, names, and instants (ISO 8601 UTC) with the timeZone to show them in',
    example: { publicityEndsAt: '2026-11-30T16:00:00.000Z', timeZone: 'Asia/Shanghai' },
  })
  params?: Record<string, string | number>;
}

export class CommandOutcomeDto implements CommandOutcome {
  @ApiProperty({ format: 'uuid' }) commandId: string;
  @ApiProperty({ example: 'CreateCampaign' }) type: string;
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ enum: ['pending', 'succeeded', 'rejected', 'failed'] }) status: CommandOutcome['status'];
  @ApiPropertyOptional({ description: 'What the command produced, e.g. { campaignId }' }) result?: unknown;
  @ApiPropertyOptional({ type: CommandRejectionDto }) error?: CommandRejection;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional() completedAt?: string;
}

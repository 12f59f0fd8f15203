import type { CommandActor } from '@app/database';
import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('ErasePersonalData')
export class ErasePersonalDataCommand extends SelectionCommand<Record<string, never>> {}

/** The actor of the worker's daily erasure: its commands are told apart from an organiser's by this id. */
export const RETENTION_SCHEDULE_ACTOR: CommandActor = {
  id: 'system:personal-data-retention',
  name: '保存期限到期自动删除 / retention schedule',
  roles: ['organiser'],
};

/** One erasure command per campaign from the schedule, however often it runs: unique per actor + this key. */
export const scheduledErasureKey = (campaignId: string) => `erase-personal-data:${campaignId}`;

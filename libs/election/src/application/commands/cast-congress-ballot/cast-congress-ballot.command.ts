import type { Mark } from '@app/domain';
import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class CastCongressBallotCommand extends SelectionCommand<{ roundId: string; codeHash: string; marks: Record<string, Mark>; writeIns?: string[] }> {
  static override readonly type = CommandJobName.CastCongressBallot;
}

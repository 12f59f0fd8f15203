import type { Mark } from '@app/domain';
import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('CastCongressBallot')
export class CastCongressBallotCommand extends SelectionCommand<{ roundId: string; codeHash: string; marks: Record<string, Mark>; writeIns?: string[] }> {}

import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('WithdrawCandidacy')
export class WithdrawCandidacyCommand extends SelectionCommand<{ candidacyId: string; reason?: string }> {}

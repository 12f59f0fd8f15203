import { SelectionCommand, SelectionCommandType } from '@app/database';

/** onBehalf: an organiser records the candidate's withdrawal (with her reason); the api checks she organises it. */
@SelectionCommandType('WithdrawCandidacy')
export class WithdrawCandidacyCommand extends SelectionCommand<{ candidacyId: string; reason?: string; onBehalf?: boolean }> {}

import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('UnlockScoreSheet')
export class UnlockScoreSheetCommand extends SelectionCommand<{ expertId: string; candidacyId: string; reason: string }> {}

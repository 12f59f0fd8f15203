import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('SubmitScoreSheet')
export class SubmitScoreSheetCommand extends SelectionCommand<{ candidacyId: string; scores?: Record<string, string | number>; comment?: string }> {}

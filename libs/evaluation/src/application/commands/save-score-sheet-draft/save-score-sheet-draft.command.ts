import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('SaveScoreSheetDraft')
export class SaveScoreSheetDraftCommand extends SelectionCommand<{ candidacyId: string; scores: Record<string, string | number>; comment?: string }> {}

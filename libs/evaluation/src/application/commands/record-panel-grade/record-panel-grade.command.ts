import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('RecordPanelGrade')
export class RecordPanelGradeCommand extends SelectionCommand<{ candidacyId: string; grade: string; opinion: string }> {}

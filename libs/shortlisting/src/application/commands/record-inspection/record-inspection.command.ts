import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('RecordInspection')
export class RecordInspectionCommand extends SelectionCommand<{ candidacyId: string; result: 'pass' | 'fail'; findings: string }> {}

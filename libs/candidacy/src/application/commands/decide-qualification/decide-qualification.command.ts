import type { QualificationDecision } from '@app/domain';
import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('DecideQualification')
export class DecideQualificationCommand extends SelectionCommand<{ candidacyId: string; decision: QualificationDecision; reason: string }> {}

import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('ChangeExpertAssignments')
export class ChangeExpertAssignmentsCommand extends SelectionCommand<{ expertId: string; candidacyIds: string[] | null }> {}

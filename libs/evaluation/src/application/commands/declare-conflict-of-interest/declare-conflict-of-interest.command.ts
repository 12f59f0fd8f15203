import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('DeclareConflictOfInterest')
export class DeclareConflictOfInterestCommand extends SelectionCommand<{
  expertId: string;
  candidacyId: string;
  reason: string;
  declaredBy: 'expert' | 'organiser';
}> {}

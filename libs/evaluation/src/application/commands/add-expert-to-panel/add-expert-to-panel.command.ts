import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('AddExpertToPanel')
export class AddExpertToPanelCommand extends SelectionCommand<{ expertId: string; name: string; candidacyIds?: string[] | null }> {}

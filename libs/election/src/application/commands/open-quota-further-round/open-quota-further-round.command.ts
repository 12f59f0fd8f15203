import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('OpenQuotaFurtherRound')
export class OpenQuotaFurtherRoundCommand extends SelectionCommand<Record<string, never>> {}

import type { JurorEntry } from '@app/domain';
import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('RegisterJuror')
export class RegisterJurorCommand extends SelectionCommand<{ juror: JurorEntry }> {}

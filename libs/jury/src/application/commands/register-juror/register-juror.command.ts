import type { JurorEntry } from '@app/domain';
import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class RegisterJurorCommand extends SelectionCommand<{ juror: JurorEntry }> {
  static override readonly type = CommandJobName.RegisterJuror;
}

import type { MajorityBase, QuorumRule } from '@app/domain';
import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class SetCongressElectionRulesCommand extends SelectionCommand<{ quorum?: QuorumRule; majorityBase?: MajorityBase }> {
  static override readonly type = CommandJobName.SetCongressElectionRules;
}

import type { MajorityBase, QuorumRule } from '@app/domain';
import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('SetCongressElectionRules')
export class SetCongressElectionRulesCommand extends SelectionCommand<{ quorum?: QuorumRule; majorityBase?: MajorityBase }> {}

import type { GrantableCampaignRole } from '@app/domain';
import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('RevokeCampaignRole')
export class RevokeCampaignRoleCommand extends SelectionCommand<{ personId: string; role: GrantableCampaignRole }> {}

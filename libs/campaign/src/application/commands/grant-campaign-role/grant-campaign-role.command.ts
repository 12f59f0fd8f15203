import type { GrantableCampaignRole } from '@app/domain';
import { SelectionCommand, SelectionCommandType } from '@app/database';

@SelectionCommandType('GrantCampaignRole')
export class GrantCampaignRoleCommand extends SelectionCommand<{ personId: string; name: string; role: GrantableCampaignRole }> {}

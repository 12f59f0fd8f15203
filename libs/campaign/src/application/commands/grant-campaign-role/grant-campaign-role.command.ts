import type { GrantableCampaignRole } from '@app/domain';
import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class GrantCampaignRoleCommand extends SelectionCommand<{ personId: string; name: string; role: GrantableCampaignRole }> {
  static override readonly type = CommandJobName.GrantCampaignRole;
}

import type { GrantableCampaignRole } from '@app/domain';
import { SelectionCommand } from '@app/database';
import { CommandJobName } from '@app/queue';

export class RevokeCampaignRoleCommand extends SelectionCommand<{ personId: string; role: GrantableCampaignRole }> {
  static override readonly type = CommandJobName.RevokeCampaignRole;
}

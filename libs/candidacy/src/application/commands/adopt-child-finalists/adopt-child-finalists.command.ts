import { SelectionCommand, SelectionCommandType } from '@app/database';

/** The parent campaign (the envelope's) takes the certified finalists of these child campaigns as its candidates. */
@SelectionCommandType('AdoptChildFinalists')
export class AdoptChildFinalistsCommand extends SelectionCommand<{ childCampaignIds: string[] }> {}

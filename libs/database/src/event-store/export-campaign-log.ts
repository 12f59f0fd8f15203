import type { CampaignLog } from '@app/domain';
import type { EntityManager } from 'typeorm';
import { loadStoredHistory } from './command-transaction';

/**
 * A campaign's whole event log in the form a third party verifies (see verifyCampaignLog in libs/domain): as stored,
 * so personal data stays sealed (no key is ever exported) and, once shredded, cannot be read by anyone.
 */
export async function exportCampaignLog(m: EntityManager, campaignId: string): Promise<CampaignLog> {
  const events = await loadStoredHistory(m, campaignId);
  return {
    campaignId,
    events: events.map((e) => ({
      version: e.version,
      type: e.type,
      payload: e.payload,
      actorId: e.actorId,
      occurredAt: e.occurredAt.toISOString(),
      prevHash: e.prevHash,
      hash: e.hash,
    })),
  };
}

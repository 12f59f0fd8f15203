import type { Nomination, NominationKind } from '@app/domain';
import type { EntityManager } from 'typeorm';

/**
 * How a candidacy came about, as the organiser and the candidate herself see it. `nominators` are the joint
 * nominators' names (empty for other channels, and once erased); the public sees only `channel`.
 */
export interface NominationView {
  channel: NominationKind;
  nominatingBody: string | null;
  nominators: string[];
  childCampaignId: string | null;
  /** The child campaign's title, so that an adopted candidacy shows where she came from. */
  childCampaignTitle: string | null;
}

export function toNominationView(recorded: Nomination | null, childTitles: ReadonlyMap<string, string>): NominationView {
  const n = recorded ?? { channel: 'self' };
  return {
    channel: n.channel,
    nominatingBody: n.channel === 'organisation' ? n.nominatingBody : null,
    // Erasure leaves the field reading as one ERASED text where the list was.
    nominators: n.channel === 'joint' && Array.isArray(n.nominators) ? [...n.nominators] : [],
    childCampaignId: n.channel === 'child-campaign' ? n.childCampaignId : null,
    childCampaignTitle: n.channel === 'child-campaign' ? (childTitles.get(n.childCampaignId) ?? null) : null,
  };
}

/** The titles of the child campaigns these candidacies were adopted from. */
export async function childCampaignTitles(m: EntityManager, nominations: readonly (Nomination | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(nominations.flatMap((n) => (n?.channel === 'child-campaign' ? [n.childCampaignId] : [])))];
  if (ids.length === 0) return new Map();
  const rows: { id: string; title: string }[] = await m.query(`SELECT id, title FROM campaigns WHERE id = ANY($1::uuid[])`, [ids]);
  return new Map(rows.map((r) => [r.id, r.title]));
}

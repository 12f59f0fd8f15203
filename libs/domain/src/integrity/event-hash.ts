import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** The fields of a stored event that its hash covers; the hash of the previous event chains them per campaign. */
export interface HashedEventFields {
  readonly campaignId: string;
  readonly version: number;
  readonly type: string;
  readonly payload: unknown;
  readonly actorId: string;
  readonly occurredAt: string;
  readonly prevHash: string;
}

/** The previous hash of a campaign's first event. */
export const GENESIS_HASH = '0'.repeat(64);

export function eventHash(fields: HashedEventFields): string {
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

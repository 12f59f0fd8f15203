import { createHmac, hkdfSync } from 'node:crypto';

/**
 * A juror's ballots are stored under her voter pseudonym, never her juror id: HMAC-SHA256 of campaign and juror
 * under a key derived from JURY_SECRET. The same juror has the same pseudonym for every ballot in a campaign (so one
 * counted ballot, her latest), another in every other campaign, and nobody without the secret — a database reader,
 * an organiser with a dump — can compute it or join it to the roster.
 */
export function voterPseudonymKey(jurySecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', jurySecret, 'open-selection', 'jury:voter-pseudonym', 32));
}

export function voterPseudonym(key: Buffer, campaignId: string, jurorId: string): string {
  return asUuidV8(createHmac('sha256', key).update(`voter:${campaignId}:${jurorId}`).digest('hex'));
}

/** A hex digest shaped as a version-8 (custom) RFC 9562 UUID: it fits uuid columns, and is never a random (v4) id. */
export function asUuidV8(h: string): string {
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

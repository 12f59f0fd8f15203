import { createHmac, hkdfSync, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { asUuidV8, voterPseudonym, voterPseudonymKey, CANONICAL_UUID } from '@app/domain';

/** Code symbols: capital letters and digits without the look-alikes 0/O, 1/I/L, so a printed code reads back. */
export const JUROR_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 10 symbols of 31 ≈ 49.5 bits: far beyond guessing through a rate-limited endpoint. */
export const JUROR_CODE_LENGTH = 10;

export interface BallotTokenClaims {
  readonly campaignId: string;
  readonly jurorId: string;
}

/**
 * The jury's secrets, all derived from JURY_SECRET (its own secret: never the one that signs bearer tokens) with HKDF:
 * - a pepper for juror codes: only HMAC-SHA256(pepper, code) is stored, never the code;
 * - the key that signs ballot tokens (what a code is exchanged for, once);
 * - the key that derives each ballot's receipt salt and, from a client's Idempotency-Key, its ballot id;
 * - the key of each juror's voter pseudonym, under which her ballots are stored: the database holds no link from a
 *   juror to her marks, and without JURY_SECRET nobody can compute one.
 */
@Injectable()
export class JuryCredentials {
  private readonly pepper: Buffer;
  private readonly tokenKey: Buffer;
  private readonly ballotKey: Buffer;
  private readonly voterKey: Buffer;

  constructor(config: AppConfig) {
    const secret = config.JURY_SECRET;
    const derive = (label: string) => Buffer.from(hkdfSync('sha256', secret, 'open-selection', label, 32));
    this.pepper = derive('jury:code-pepper');
    this.tokenKey = derive('jury:ballot-token');
    this.ballotKey = derive('jury:ballot');
    this.voterKey = voterPseudonymKey(secret);
  }

  /** A fresh one-time code, printed as two groups of five, e.g. "K7QWM-3PXTA". */
  newCode(): string {
    let code = '';
    for (let i = 0; i < JUROR_CODE_LENGTH; i += 1) code += JUROR_CODE_ALPHABET[randomInt(JUROR_CODE_ALPHABET.length)];
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  }

  /** The code as typed (any case, spaces or dashes) in canonical form, or undefined when it cannot be a code. */
  normaliseCode(input: string): string | undefined {
    const code = input.toUpperCase().replace(/[\s-]/g, '');
    if (code.length !== JUROR_CODE_LENGTH || [...code].some((ch) => !JUROR_CODE_ALPHABET.includes(ch))) return undefined;
    return code;
  }

  hashCode(code: string): string {
    const normal = this.normaliseCode(code);
    if (!normal) throw new Error('not a juror code');
    return createHmac('sha256', this.pepper).update(normal).digest('hex');
  }

  /** The link printed on the juror's card (and in its QR code). */
  static link(code: string): string {
    return `/jury/vote?code=${encodeURIComponent(code)}`;
  }

  issueBallotToken(claims: BallotTokenClaims): string {
    const body = `${claims.campaignId}.${claims.jurorId}`;
    return `jb1.${body}.${this.sign(body)}`;
  }

  verifyBallotToken(token: string | undefined): BallotTokenClaims | undefined {
    if (!token || token.length > 200) return undefined;
    const parts = token.split('.');
    if (parts.length !== 4 || parts[0] !== 'jb1' || !CANONICAL_UUID.test(parts[1]) || !CANONICAL_UUID.test(parts[2])) return undefined;
    const expected = Buffer.from(this.sign(`${parts[1]}.${parts[2]}`));
    const given = Buffer.from(parts[3]);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    return { campaignId: parts[1], jurorId: parts[2] };
  }

  /**
   * The ballot's id: derived from the client's Idempotency-Key when she sends one (so a retried request names the
   * same ballot and gets the same receipt), otherwise random.
   */
  ballotId(campaignId: string, jurorId: string, idempotencyKey?: string): string {
    if (!idempotencyKey) return randomUUID();
    const h = createHmac('sha256', this.ballotKey).update(`ballot-id:${campaignId}:${jurorId}:${idempotencyKey}`).digest('hex');
    return asUuidV8(h);
  }

  /** The juror's voter pseudonym in this campaign (see voterPseudonym in libs/domain). */
  voter(campaignId: string, jurorId: string): string {
    return voterPseudonym(this.voterKey, campaignId, jurorId);
  }

  /** The server-side salt of a ballot's receipt: secret, and the same for every copy of the same ballot id. */
  receiptSalt(ballotId: string): string {
    return createHmac('sha256', this.ballotKey).update(`receipt-salt:${ballotId}`).digest('hex');
  }

  private sign(body: string): string {
    return createHmac('sha256', this.tokenKey).update(`ballot-token:${body}`).digest('base64url');
  }
}

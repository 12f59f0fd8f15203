import { createHmac, hkdfSync, randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';

/** Code symbols: capital letters and digits without the look-alikes 0/O, 1/I/L, so a printed slip reads back. */
export const DELEGATE_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 10 symbols of 31 ≈ 49.5 bits: far beyond guessing through a rate-limited endpoint during one round. */
export const DELEGATE_CODE_LENGTH = 10;

/**
 * Delegates' one-time codes (one per delegate per electronic round). Only HMAC-SHA256(pepper, code) is ever
 * stored; the pepper is derived with HKDF from DELEGATE_CODE_SECRET (a secret of its own, so that a leaked token
 * key gives nothing away), so a copy of the database alone does not allow the 10-symbol codes to be recovered by
 * trying them all. Used by the api only: the worker compares hashes.
 */
@Injectable()
export class DelegateCodes {
  private readonly pepper: Buffer;

  constructor(config: AppConfig) {
    this.pepper = Buffer.from(hkdfSync('sha256', config.DELEGATE_CODE_SECRET, 'open-selection', 'election:delegate-code-pepper', 32));
  }

  /** A fresh code, printed as two groups of five, e.g. "K7QWM-3PXTA". */
  newCode(): string {
    let code = '';
    for (let i = 0; i < DELEGATE_CODE_LENGTH; i += 1) code += DELEGATE_CODE_ALPHABET[randomInt(DELEGATE_CODE_ALPHABET.length)];
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  }

  /** The link on a delegate's slip (and its QR code): the phone ballot page of the web UI, code filled in. */
  static link(campaignId: string, code: string): string {
    return `/election/vote?campaign=${encodeURIComponent(campaignId)}&code=${encodeURIComponent(code)}`;
  }

  /** The code as typed (any case, spaces or dashes) in canonical form, or undefined when it cannot be a code. */
  static normalise(input: unknown): string | undefined {
    if (typeof input !== 'string' || input.length > 40) return undefined;
    const code = input.toUpperCase().replace(/[\s-]/g, '');
    if (code.length !== DELEGATE_CODE_LENGTH || [...code].some((ch) => !DELEGATE_CODE_ALPHABET.includes(ch))) return undefined;
    return code;
  }

  /** The stored form of a code; undefined when the input cannot be a code. */
  hash(input: unknown): string | undefined {
    const code = DelegateCodes.normalise(input);
    return code && createHmac('sha256', this.pepper).update(code).digest('hex');
  }
}

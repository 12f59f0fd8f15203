import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Personal fields as the hash-chained history stores them: AES-256-GCM under the person's own data key, which is
 * kept outside the chain (personal_data_keys). The hash covers the ciphertext and the key id, so deleting the key
 * (crypto-shredding) makes the fields unreadable while every hash, and every result computed from ids, still holds.
 * `fields` names what was sealed, so that a reader without the key can still say which fields were erased.
 */
export interface SealedFields {
  readonly keyId: string;
  readonly fields: readonly string[];
  /** base64; absent when the fields were written after her key had been shredded (nothing kept at all). */
  readonly iv?: string;
  readonly data?: string;
  readonly tag?: string;
}

/** The property of an object in an event's payload that holds its sealed personal fields. */
export const SEALED = 'sealed';

/** What an erased field reads as, in read models, the UI and GET /me/data (DOMAIN.md, What is kept). */
export const ERASED = '已删除 / erased';

export const DATA_KEY_BYTES = 32;

/** The additional data binds the ciphertext to its key id and field names: moved elsewhere, it does not open. */
const aad = (keyId: string, fields: readonly string[]) => Buffer.from(`${keyId}\n${fields.join(',')}`, 'utf8');

export function sealFields(key: Buffer | null, keyId: string, values: Readonly<Record<string, unknown>>): SealedFields {
  const fields = Object.keys(values).sort();
  if (!key) return { keyId, fields };
  if (key.length !== DATA_KEY_BYTES) throw new Error(`A data key has ${DATA_KEY_BYTES} bytes, not ${key.length}`);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad(keyId, fields));
  const plain = Buffer.from(JSON.stringify(Object.fromEntries(fields.map((f) => [f, values[f]]))), 'utf8');
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { keyId, fields, iv: iv.toString('base64'), data: data.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/**
 * The sealed fields in clear, or every field reading as ERASED when the key is gone. A ciphertext that does not
 * authenticate under its key throws: it was altered, and a reader must not show a guess.
 */
export function openFields(key: Buffer | null, sealed: SealedFields): Record<string, unknown> {
  if (!key || sealed.data === undefined || sealed.iv === undefined || sealed.tag === undefined) return erasedFields(sealed);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
  decipher.setAAD(aad(sealed.keyId, sealed.fields));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  const plain = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
  return JSON.parse(plain.toString('utf8'));
}

export const erasedFields = (sealed: SealedFields): Record<string, unknown> => Object.fromEntries(sealed.fields.map((f) => [f, ERASED]));

export const isSealedFields = (value: unknown): value is SealedFields =>
  !!value && typeof value === 'object' && typeof (value as SealedFields).keyId === 'string' && Array.isArray((value as SealedFields).fields);

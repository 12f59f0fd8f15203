import { createHash, randomBytes } from 'node:crypto';

/** A random bearer secret for a link or a refresh token: 256 bits, URL-safe. */
export const newSecretToken = (): string => randomBytes(32).toString('base64url');

/** What is stored instead of a token: a fast hash is enough for 256 random bits, and a copy of the table opens nothing. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

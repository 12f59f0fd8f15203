import { get, newIdempotencyKey, request } from './client';

export interface ErasureRequest {
  requestedAt: string;
  erasableFrom: string | null;
  pending?: 'campaign-not-certified';
  /** When her data was crypto-shredded; absent until then. */
  erasedAt?: string;
}

/** What GET /me/data answers: everything held about the signed-in person. */
export interface MyData {
  exportedAt: string;
  account: { id: string; name: string | null };
  candidacies: unknown[];
  erasureRequest: ErasureRequest | null;
  [part: string]: unknown;
}

export const personalDataApi = {
  mine: () => get<MyData>('/me/data'),
  requestErasure: () => request<ErasureRequest>('POST', '/me/erasure-request', undefined, { 'idempotency-key': newIdempotencyKey() }),
};

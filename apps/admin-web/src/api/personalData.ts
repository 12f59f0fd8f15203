import { get, newIdempotencyKey, request } from './client';

import type { Answer, Schemas } from './contract';

export type ErasureRequest = Schemas['ErasureRequest'];
/** What GET /me/data answers: everything held about the signed-in person. */
export type MyData = Answer<'MyDataController_data'>;

export const personalDataApi = {
  mine: () => get<MyData>('/me/data'),
  requestErasure: () => request<ErasureRequest>('POST', '/me/erasure-request', undefined, { 'idempotency-key': newIdempotencyKey() }),
};

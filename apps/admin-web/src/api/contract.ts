import type { components, operations } from './generated/schema';

/**
 * The api's answers, as its OpenAPI document says (generated/schema.ts, written by `npm run api:types` from the
 * api controllers' own types): use these, never a copy. Decimals travel as text.
 */
export type Schemas = components['schemas'];

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** What an operation (by its operationId) answers when it succeeds. */
export type Answer<Op extends keyof operations> = operations[Op]['responses'] extends infer R
  ? R extends { 200: infer A }
    ? Json<A>
    : R extends { 201: infer A }
      ? Json<A>
      : R extends { 202: infer A }
        ? Json<A>
        : never
  : never;

export type CampaignStage = Schemas['CampaignView']['stage'];
export type StageActivity = Schemas['StageActivity'];
export type StageDefinition = Schemas['StageDefinition'];

import type { BallotChoice } from '@app/domain';
import { untrustedInputProblems } from '../../validation/untrusted-input';
import type { FieldError } from '../../validation/validation.pipe';
import { MAX_BALLOT_LINES, scoreListProblem } from './jury.dto';
import { UUID_TEXT } from '@app/domain';

const KEY_PATTERN = /^[A-Za-z0-9._:-]{1,200}$/;
const KEY_RULE = 'Idempotency-Key must be 1–200 of [A-Za-z0-9._:-]';

/**
 * What a ballot request must look like before its marks are read: the text rules every route has (control
 * characters, lone surrogates, nesting), an object with only `scores` and/or `approvals`, each of the right form —
 * the rules of JuryBallotDto, with the same fields, rules and messages, checked by hand in one pass so that the
 * ballot path validates once (class-validator's copy of the object and decorator walk cost more than the rest of
 * the check). What the marks mean (every candidate scored, at most K approvals) is libs/domain's, after this.
 */
export function ballotRequestProblems(body: unknown, idempotencyKey: string | undefined): FieldError[] {
  if (idempotencyKey !== undefined && !KEY_PATTERN.test(idempotencyKey)) return [{ field: 'Idempotency-Key', rule: 'pattern', message: KEY_RULE }];
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return [{ field: 'body', rule: 'isObject', message: 'A ballot is a JSON object: { "scores": [...] } or { "approvals": [...] }.' }];
  }
  const untrusted = untrustedInputProblems(body);
  if (untrusted.length) return untrusted;
  const problems: FieldError[] = [];
  const fields = body as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (key !== 'scores' && key !== 'approvals') problems.push({ field: key, rule: 'unknownField', message: `${key} is not a known field` });
  }
  if (fields.scores !== undefined && fields.scores !== null) {
    const problem = scoreListProblem(fields.scores);
    if (problem) problems.push({ field: 'scores', rule: 'isScoreList', message: problem });
  }
  const approvals = fields.approvals;
  if (approvals !== undefined && approvals !== null) {
    // In class-validator's order (its decorators apply bottom-up), so both routes answer alike.
    const list = Array.isArray(approvals);
    if (!(list ? approvals : [approvals]).every((id) => typeof id === 'string' && UUID_TEXT.test(id))) {
      problems.push({ field: 'approvals', rule: 'isUuid', message: 'each value in approvals must be a UUID' });
    }
    if (!list || approvals.length > MAX_BALLOT_LINES)
      problems.push({ field: 'approvals', rule: 'arrayMaxSize', message: `approvals must contain no more than ${MAX_BALLOT_LINES} elements` });
    if (!list) problems.push({ field: 'approvals', rule: 'isArray', message: 'approvals must be an array' });
  }
  return problems;
}

/** The choice in a request that passed ballotRequestProblems. */
export const ballotChoiceOf = (body: unknown): BallotChoice => {
  const { scores, approvals } = body as { scores?: BallotChoice['scores'] | null; approvals?: BallotChoice['approvals'] | null };
  return { ...(scores != null ? { scores } : {}), ...(approvals != null ? { approvals } : {}) };
};

import { validateSync } from 'class-validator';
import { flattenValidationErrors } from '../../validation/validation.pipe';
import { ballotRequestProblems } from './jury-ballot-request';
import { JuryBallotDto } from './jury.dto';

const A = '0a8f2c1e-5b7d-4e3a-9c6f-1d2e3f4a5b6c';
const B = '7e6d5c4b-3a29-4817-8f6e-5d4c3b2a1908';

/** What the global ValidationPipe answers for the same body (the Nest route, JURY_FAST_PATH=false). */
function byClassValidator(body: Record<string, unknown>) {
  const dto = Object.assign(new JuryBallotDto(), body);
  return flattenValidationErrors(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: false }));
}

describe('the ballot request, checked once by hand', () => {
  it.each<[string, Record<string, unknown>]>([
    [
      'a good score ballot',
      {
        scores: [
          { candidacyId: A, score: 0 },
          { candidacyId: B, score: 100 },
        ],
      },
    ],
    ['a good approval ballot', { approvals: [A] }],
    ['an empty approval ballot', { approvals: [] }],
    ['nothing at all (the domain says what is missing)', {}],
    ['null lists (optional)', { scores: null, approvals: null }],
    ['a score above 100', { scores: [{ candidacyId: A, score: 101 }] }],
    ['a negative score', { scores: [{ candidacyId: A, score: -1 }] }],
    ['a fractional score', { scores: [{ candidacyId: A, score: 50.5 }] }],
    ['a score as text', { scores: [{ candidacyId: A, score: '50' }] }],
    ['a mark that is not an object', { scores: [7] }],
    ['an unknown field in a mark', { scores: [{ candidacyId: A, score: 1, weight: 2 }] }],
    ['a candidacy id that is not a UUID', { scores: [{ candidacyId: 'x', score: 1 }] }],
    ['scores that are not a list', { scores: 'all 100' }],
    ['approvals that are not a list', { approvals: A }],
    ['approvals that are not UUIDs', { approvals: [A, 'nobody'] }],
    ['approvals that are numbers', { approvals: 5 }],
    ['too many approvals lines', { approvals: Array.from({ length: 501 }, () => A) }],
    ['an unknown field', { scores: [], extra: 1 }],
    ['two unknown fields and a bad list', { a: 1, b: 2, approvals: {} }],
  ])('%s: the same fields, rules and messages as class-validator', (_what, body) => {
    expect(ballotRequestProblems(body, undefined)).toEqual(byClassValidator(body));
  });

  it('refuses a body that is not an object, and an Idempotency-Key of the wrong form, naming them', () => {
    expect(ballotRequestProblems([], undefined)).toEqual([expect.objectContaining({ field: 'body', rule: 'isObject' })]);
    expect(ballotRequestProblems('x', undefined)).toEqual([expect.objectContaining({ field: 'body', rule: 'isObject' })]);
    expect(ballotRequestProblems({ approvals: [] }, 'has space')).toEqual([expect.objectContaining({ field: 'Idempotency-Key', rule: 'pattern' })]);
    expect(ballotRequestProblems({ approvals: [] }, 'k-1:2.3_4')).toEqual([]);
  });

  it('refuses control characters and deep nesting before anything else', () => {
    expect(ballotRequestProblems({ approvals: ['\u0000'] }, undefined)).toEqual([
      expect.objectContaining({ field: 'approvals.0', rule: 'noControlCharacters' }),
    ]);
    let deep: unknown = 1;
    for (let i = 0; i < 30; i += 1) deep = [deep];
    expect(ballotRequestProblems({ scores: deep }, undefined)).toEqual([expect.objectContaining({ rule: 'maxDepth' })]);
  });

  it('refuses a "__proto__" key as an unknown field, changing no prototype', () => {
    const body = JSON.parse('{"__proto__": {"polluted": true}, "approvals": []}');
    expect(ballotRequestProblems(body, undefined)).toEqual([{ field: '__proto__', rule: 'unknownField', message: '__proto__ is not a known field' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

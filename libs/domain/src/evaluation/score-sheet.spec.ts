import { thrownDomainError } from '../shared/domain-error.testing';
import { DEFAULT_REVIEW_RUBRIC, RubricCriterion } from './rubric';
import { sheetTotal, validateSheetScores } from './score-sheet';

const full = { 'needs-fit': 28.5, feasibility: '20', innovation: 15.5, sustainability: '12.5', presentation: 9 };

describe('validateSheetScores', () => {
  it('returns exact decimals for a complete sheet and totals them exactly', () => {
    const scores = validateSheetScores(DEFAULT_REVIEW_RUBRIC, full);
    expect(Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, v.toString()]))).toEqual({
      'needs-fit': '28.5',
      feasibility: '20',
      innovation: '15.5',
      sustainability: '12.5',
      presentation: '9',
    });
    expect(sheetTotal(scores).toString()).toBe('85.5');
  });

  it('accepts the bounds 0 and max', () => {
    const zeros = validateSheetScores(DEFAULT_REVIEW_RUBRIC, { 'needs-fit': 0, feasibility: 0, innovation: 0, sustainability: 0, presentation: 0 });
    expect(sheetTotal(zeros).toString()).toBe('0');
    const maxima = validateSheetScores(DEFAULT_REVIEW_RUBRIC, { 'needs-fit': 30, feasibility: 25, innovation: 20, sustainability: 15, presentation: 10 });
    expect(sheetTotal(maxima).toString()).toBe('100');
  });

  it('lets a draft be partial but still checks what is there', () => {
    const draft = validateSheetScores(DEFAULT_REVIEW_RUBRIC, { innovation: '17.5' }, { requireComplete: false });
    expect(Object.keys(draft)).toEqual(['innovation']);
    expect(sheetTotal(draft).toString()).toBe('17.5');
    expect(sheetTotal(validateSheetScores(DEFAULT_REVIEW_RUBRIC, {}, { requireComplete: false })).toString()).toBe('0');
    expect(thrownDomainError(() => validateSheetScores(DEFAULT_REVIEW_RUBRIC, { innovation: 20.5 }, { requireComplete: false })).code).toBe(
      'score.out-of-range',
    );
  });

  it('requires every criterion on submit, which is the default', () => {
    const { presentation: _omitted, ...partial } = full;
    for (const options of [undefined, { requireComplete: true }]) {
      const err = thrownDomainError(() => validateSheetScores(DEFAULT_REVIEW_RUBRIC, partial, options));
      expect(err).toMatchObject({ kind: 'invalid', code: 'score.missing-criterion', field: 'scores.presentation' });
      // People read the criterion's title; the field keeps the key for the form.
      expect(err.message).toContain('陈述答辩 Presentation');
    }
  });

  it.each<[string, Record<string, string | number>, string, string]>([
    ['below 0', { ...full, innovation: -0.5 }, 'score.out-of-range', 'innovation'],
    ['above max', { ...full, 'needs-fit': 30.5 }, 'score.out-of-range', 'needs-fit'],
    ['above max as text', { ...full, presentation: '10.5' }, 'score.out-of-range', 'presentation'],
    ['off the step', { ...full, feasibility: 12.3 }, 'score.wrong-step', 'feasibility'],
    ['off the step by a float artefact', { ...full, sustainability: 0.1 + 0.2 }, 'score.wrong-step', 'sustainability'],
    ['unknown criterion', { ...full, charisma: 5 }, 'score.unknown-criterion', 'charisma'],
    ['a prototype name as criterion', { ...full, constructor: 5 }, 'score.unknown-criterion', 'constructor'],
    [
      'a misspelt criterion, reported as unknown not missing',
      { ...full, presentation: undefined as never, presentaton: 9 },
      'score.unknown-criterion',
      'presentaton',
    ],
    ['text that is not a number', { ...full, innovation: 'abc' }, 'score.not-a-number', 'innovation'],
    ['empty text', { ...full, innovation: '' }, 'score.not-a-number', 'innovation'],
    ['hex text', { ...full, innovation: '0x10' }, 'score.not-a-number', 'innovation'],
    ['NaN', { ...full, innovation: NaN }, 'score.not-a-number', 'innovation'],
    ['Infinity', { ...full, innovation: Infinity }, 'score.not-a-number', 'innovation'],
  ])('refuses a score %s', (_, scores, code, key) => {
    const err = thrownDomainError(() => validateSheetScores(DEFAULT_REVIEW_RUBRIC, scores));
    expect(err).toMatchObject({ kind: 'invalid', code, field: `scores.${key}` });
    // A known criterion is named by its title (an unknown one has only the key that was sent).
    expect(err.message).toContain(DEFAULT_REVIEW_RUBRIC.find((c) => c.key === key)?.title ?? key);
  });

  it('respects each criterion’s own step and max', () => {
    const rubric: RubricCriterion[] = [
      { key: 'coarse', title: 'Coarse', max: 10, step: 2 },
      { key: 'fine', title: 'Fine', max: '1', step: '0.1' },
    ];
    expect(sheetTotal(validateSheetScores(rubric, { coarse: 8, fine: '0.7' })).toString()).toBe('8.7');
    expect(thrownDomainError(() => validateSheetScores(rubric, { coarse: 7, fine: '0.7' })).code).toBe('score.wrong-step');
    expect(thrownDomainError(() => validateSheetScores(rubric, { coarse: 8, fine: '0.75' })).code).toBe('score.wrong-step');
    expect(thrownDomainError(() => validateSheetScores(rubric, { coarse: 12, fine: 0 })).code).toBe('score.out-of-range');
  });

  it('turns -0 into 0 so it never prints with a sign', () => {
    const scores = validateSheetScores(DEFAULT_REVIEW_RUBRIC, { ...full, innovation: '-0' });
    expect(scores.innovation.isNegative()).toBe(false);
  });

  it('refuses to score against a broken rubric', () => {
    const broken: RubricCriterion[] = [{ key: 'a', title: 'A', max: 10, step: 3 }];
    expect(thrownDomainError(() => validateSheetScores(broken, { a: 3 })).code).toBe('rubric.max-not-multiple-of-step');
  });
});

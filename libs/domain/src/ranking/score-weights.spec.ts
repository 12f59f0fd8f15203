import { DomainError } from '../shared/domain-error';
import { DEFAULT_WEIGHTS, validateWeights } from './score-weights';

describe('validateWeights', () => {
  it('defaults to 40/30/30', () => {
    expect([DEFAULT_WEIGHTS.projectReview, DEFAULT_WEIGHTS.panelOpinion, DEFAULT_WEIGHTS.jury].map(String)).toEqual(['40', '30', '30']);
    expect(() => validateWeights(DEFAULT_WEIGHTS)).not.toThrow();
  });

  it.each([
    [{ projectReview: '33.33', panelOpinion: '33.33', jury: '33.34' }],
    [{ projectReview: 100, panelOpinion: 0, jury: 0 }],
    [{ projectReview: '50.5', panelOpinion: '19.5', jury: 30 }],
  ])('accepts %j', (input) => {
    expect(validateWeights(input).projectReview.isFinite()).toBe(true);
  });

  it.each([
    [{ projectReview: 40, panelOpinion: 30, jury: 31 }, 'weights.sum-not-100', 'weights'],
    [{ projectReview: '33.33', panelOpinion: '33.33', jury: '33.33' }, 'weights.sum-not-100', 'weights'],
    [{ projectReview: 0.1 + 0.2, panelOpinion: 30, jury: 30 }, 'weights.too-precise', 'weights.projectReview'],
    [{ projectReview: '33.333', panelOpinion: '33.333', jury: '33.334' }, 'weights.too-precise', 'weights.projectReview'],
    [{ projectReview: 120, panelOpinion: -10, jury: -10 }, 'weights.out-of-range', 'weights.projectReview'],
    [{ projectReview: 'abc', panelOpinion: 30, jury: 30 }, 'weights.not-a-number', 'weights.projectReview'],
    [{ projectReview: Infinity, panelOpinion: 30, jury: 30 }, 'weights.not-a-number', 'weights.projectReview'],
  ])('rejects %j with %s', (input, code, field) => {
    let error: unknown;
    try {
      validateWeights(input as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code, field, kind: 'invalid' });
  });
});

import fc from 'fast-check';
import type { CampaignState } from '../campaign/campaign';
import type { DomainEvent } from '../shared/domain-event';
import { candidaciesOf, foldCandidaciesByCandidate } from './candidacies-by-candidate';
import { foldCandidacies, submitCandidacy } from './candidacy';

const campaign = { id: 'k', stage: 'candidacy-open', config: {} } as unknown as CampaignState;
const candidacyId = fc.constantFrom('c1', 'c2', 'c3', 'c4');
const candidateId = fc.constantFrom('p1', 'p2', 'p3');
const event: fc.Arbitrary<DomainEvent> = fc.oneof(
  fc
    .record({ candidacyId, candidateId })
    .map((p) => ({ type: 'CandidacySubmitted', payload: { ...p, details: {}, proposal: {}, submittedAt: '2026-01-01T00:00:00.000Z' } })),
  candidacyId.map((id) => ({ type: 'CandidacyWithdrawn', payload: { candidacyId: id } })),
  fc.record({ candidacyId, decision: fc.constantFrom('accepted', 'rejected') }).map((p) => ({ type: 'CandidacyQualificationDecided', payload: p })),
);
const outcome = (f: () => unknown) => {
  try {
    f();
    return 'accepted';
  } catch (err) {
    return (err as { code?: string }).code;
  }
};

describe('candidacies by candidate', () => {
  it('finds exactly her candidacies, as reading every candidacy does', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), candidateId, (history, who) => {
        const candidacies = foldCandidacies(history);
        const ids = (list: { id: string }[]) => list.map((c) => c.id).sort();
        expect(ids(candidaciesOf(candidacies, who, foldCandidaciesByCandidate(history)))).toEqual(ids(candidaciesOf(candidacies, who)));
      }),
    );
  });

  it('a submission is refused or accepted alike with the index and without it', () => {
    const input = { details: {}, proposal: { budget: '100.00' }, consent: { processing: true }, submittedAt: new Date(0) } as never;
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), candidateId, fc.constantFrom('c1', 'c9'), (history, who, id) => {
        const candidacies = foldCandidacies(history);
        const submit = (index?: ReturnType<typeof foldCandidaciesByCandidate>) => () =>
          submitCandidacy(campaign, candidacies, { ...(input as object), candidacyId: id, candidateId: who } as never, index);
        expect(outcome(submit(foldCandidaciesByCandidate(history)))).toBe(outcome(submit()));
      }),
    );
  });

  it('table: a withdrawn candidacy lets her apply again; an active one does not', () => {
    const submitted = (id: string, who: string): DomainEvent => ({
      type: 'CandidacySubmitted',
      payload: { candidacyId: id, candidateId: who, details: {}, proposal: {}, submittedAt: '' },
    });
    const withdrawn = (id: string): DomainEvent => ({ type: 'CandidacyWithdrawn', payload: { candidacyId: id } });
    const active = (history: DomainEvent[], who: string) =>
      candidaciesOf(foldCandidacies(history), who, foldCandidaciesByCandidate(history))
        .filter((c) => c.status !== 'withdrawn')
        .map((c) => c.id);
    expect(active([submitted('c1', 'p1'), submitted('c2', 'p2')], 'p1')).toEqual(['c1']);
    expect(active([submitted('c1', 'p1'), withdrawn('c1')], 'p1')).toEqual([]);
    expect(active([submitted('c1', 'p1'), withdrawn('c1'), submitted('c2', 'p1')], 'p1')).toEqual(['c2']);
    expect(active([submitted('c1', 'p1')], 'p2')).toEqual([]);
  });
});

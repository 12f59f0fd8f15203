import fc from 'fast-check';
import { ALL_FOLDS } from './all-folds';
import { evolveCampaign } from './campaign/campaign';
import {
  referenceFoldCampaignGrants,
  referenceFoldCandidacies,
  referenceFoldCongressElection,
  referenceFoldEvaluation,
  referenceFoldJury,
  referenceFoldResults,
  referenceLatestJuryResult,
} from './reference-folds.spec-helper';
import type { DomainEvent } from './shared/domain-event';
import { type Fold, FoldMemo, foldHistory, withFoldMemo } from './shared/fold';
import { PersistentMap } from './shared/persistent-map';
import { evolveShortlisting } from './shortlisting/shortlisting-state';

/** The folds as they were before snapshots: each new fold must agree with its reference on every history. */
const REFERENCE: Record<string, (history: readonly DomainEvent[]) => unknown> = {
  campaign: (h) => h.reduce<any>(evolveCampaign, undefined),
  candidacies: referenceFoldCandidacies,
  'candidacies-by-candidate': (h) => {
    const index = new Map<string, string[]>();
    for (const e of h) {
      if (e.type !== 'CandidacySubmitted') continue;
      const { candidateId, candidacyId } = e.payload as { candidateId: string; candidacyId: string };
      if (!index.get(candidateId)?.includes(candidacyId)) index.set(candidateId, [...(index.get(candidateId) ?? []), candidacyId]);
    }
    return index;
  },
  'campaign-grants': referenceFoldCampaignGrants,
  evaluation: referenceFoldEvaluation,
  jury: referenceFoldJury,
  'latest-jury-result': referenceLatestJuryResult,
  shortlisting: (h) => h.reduce<any>(evolveShortlisting, { ranking: null, members: [], inspections: new Map(), failed: new Set(), finalists: null }),
  'congress-election': referenceFoldCongressElection,
  results: referenceFoldResults,
};

/** A state as plain data, in iteration order: Maps and Sets keep their order (the rules read them in it). */
function plain(value: unknown): unknown {
  if (value instanceof Map || value instanceof PersistentMap) return { map: [...value.entries()].map(([k, v]) => [k, plain(v)]) };
  if (value instanceof Set) return { set: [...value].map(plain) };
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, plain(v)]),
    );
  }
  return value;
}

// Few ids, so that events of a random history keep meeting the same candidacy, expert, juror, round, objection.
const id = fc.constantFrom('a', 'b', 'c');
const text = fc.constantFrom('x', 'y', '理由');
const ev = (type: string, payload: fc.Arbitrary<Record<string, unknown>>) => payload.map((p): DomainEvent => ({ type, payload: { campaignId: 'k', ...p } }));
const rec = (shape: Record<string, fc.Arbitrary<unknown>>) => fc.record(shape);
const pairs = rec({ candidacyId: id, rank: fc.integer({ min: 1, max: 5 }) });

const anyEvent: fc.Arbitrary<DomainEvent> = fc.oneof(
  // campaign
  ev('CampaignCreated', rec({ config: rec({ n: fc.nat(9) }) })),
  ev('CampaignReconfigured', rec({ config: rec({ n: fc.nat(9) }) })),
  ev('CampaignStageAdvanced', rec({ to: fc.constantFrom('candidacy-open', 'ranking', 'election') })),
  ev('DraftCampaignDiscarded', rec({})),
  // candidacies
  ev(
    'CandidacySubmitted',
    rec({
      candidacyId: id,
      candidateId: id,
      details: rec({ name: text }),
      proposal: rec({ title: text }),
      submittedAt: fc.constant('2026-01-01T00:00:00.000Z'),
      consent: fc.option(rec({ v: fc.nat(3) }), { nil: undefined }),
    }),
  ),
  ev(
    'CandidacyEdited',
    rec({ candidacyId: id, details: rec({ name: text }), proposal: rec({ title: text }), consent: fc.option(rec({ v: fc.nat(3) }), { nil: undefined }) }),
  ),
  ev('CandidacyWithdrawn', rec({ candidacyId: id })),
  ev('CandidacyQualificationDecided', rec({ candidacyId: id, decision: fc.constantFrom('accepted', 'rejected') })),
  // grants
  ev('CampaignRoleGranted', rec({ personId: id, name: text, role: fc.constantFrom('inspector', 'counting-officer') })),
  ev('CampaignRoleRevoked', rec({ personId: id, role: fc.constantFrom('inspector', 'counting-officer') })),
  // evaluation
  ev('ExpertAddedToPanel', rec({ expertId: id, name: text, candidacyIds: fc.option(fc.array(id, { maxLength: 2 }), { nil: null }) })),
  ev('ExpertAssignmentsChanged', rec({ expertId: id, candidacyIds: fc.option(fc.array(id, { maxLength: 2 }), { nil: null }) })),
  ev('ConflictOfInterestDeclared', rec({ expertId: id, candidacyId: id, reason: text, declaredBy: fc.constantFrom('expert', 'organiser') })),
  ev('ScoreSheetDraftSaved', rec({ expertId: id, candidacyId: id, scores: rec({ c1: fc.constantFrom('1', '2.5') }), comment: text })),
  ev(
    'ScoreSheetSubmitted',
    rec({ expertId: id, candidacyId: id, scores: rec({ c1: fc.constantFrom('1', '2.5') }), comment: text, total: fc.constantFrom('1', '2.5') }),
  ),
  ev('ScoreSheetUnlocked', rec({ expertId: id, candidacyId: id, reason: text })),
  ev('PanelGradeRecorded', rec({ expertId: id, candidacyId: id, grade: fc.constantFrom('A', 'B'), opinion: text })),
  // jury
  ev('JurorsRegistered', rec({ jurors: fc.array(rec({ jurorId: id, name: text, codeHash: text }), { maxLength: 3 }) })),
  ev('JurorCredentialRevoked', rec({ jurorId: id })),
  ev('JurorCredentialReissued', rec({ jurorId: id, codeHash: text })),
  ev('JuryPaperCountRecorded', rec({ count: rec({ ballots: fc.nat(9) }) })),
  ev(
    'JuryResultRecorded',
    rec({ mode: fc.constantFrom('score', 'approval'), validBallots: fc.nat(9), scores: fc.array(rec({ candidacyId: id, score: text }), { maxLength: 2 }) }),
  ),
  // shortlisting
  ev('RankingFrozen', rec({ lines: fc.array(pairs, { maxLength: 3 }) })),
  ev('ShortlistFormed', rec({ members: fc.array(pairs, { maxLength: 3 }) })),
  ev('InspectionRecorded', rec({ candidacyId: id, result: fc.constantFrom('pass', 'fail'), findings: text })),
  ev('ShortlistMemberReplaced', rec({ failedId: id, replacement: fc.option(pairs, { nil: undefined }) })),
  ev('InspectionClosed', rec({ finalists: fc.array(pairs, { maxLength: 3 }) })),
  // congress election
  ev('CongressElectionRulesSet', rec({ quorum: rec({ q: fc.nat(3) }), majorityBase: fc.constantFrom('present', 'registered') })),
  ev('CongressDelegatesRegistered', rec({ delegates: fc.array(rec({ delegateId: id, name: text }), { maxLength: 3 }) })),
  ev('CongressDelegateCheckedIn', rec({ delegateId: id })),
  ev('CongressDelegateCheckInCancelled', rec({ delegateId: id })),
  ev('CongressRoundOpened', rec({ roundId: id, positionKey: text, number: fc.nat(5) })),
  ev('CongressCredentialsIssued', rec({ roundId: id, codeHashes: fc.array(id, { maxLength: 3 }) })),
  ev('CongressCredentialUsed', rec({ roundId: id, codeHash: id })),
  ev('CongressBallotCast', rec({ roundId: id, marks: rec({ a: fc.constantFrom('for', 'against') }), writeIns: fc.constant([]) })),
  ev(
    'CongressBallotBoxOpened',
    rec({
      roundId: id,
      ballots: fc.array(rec({ marks: rec({ a: fc.constantFrom('for', 'against') }), writeIns: fc.constant([]) }), { maxLength: 2 }),
      usedCodeHashes: fc.array(id, { maxLength: 2 }),
    }),
  ),
  ev('CongressPaperCountRecorded', rec({ roundId: id, count: rec({ ballots: fc.nat(9) }) })),
  ev('CongressRoundClosed', rec({ roundId: id, positionElected: fc.array(id, { maxLength: 2 }) })),
  ev('ElectionCompleted', rec({ elected: fc.array(rec({ positionKey: text, candidacyIds: fc.array(id, { maxLength: 2 }) }), { maxLength: 2 }) })),
  ev(
    'QuotaFurtherRoundOpened',
    rec({ positionKey: text, vacatedCandidacyIds: fc.array(id, { maxLength: 2 }), eligibleCandidacyIds: fc.array(id, { maxLength: 2 }) }),
  ),
  // results
  ev('ResultsPublished', rec({ publishedAt: text })),
  ev('ObjectionLodged', rec({ objectionId: id, text, lodgedAt: text, contact: fc.option(text, { nil: undefined }) })),
  ev('ObjectionAdmitted', rec({ objectionId: id })),
  ev('ObjectionsDismissed', rec({ objectionIds: fc.array(id, { maxLength: 2 }), reason: text })),
  ev('ObjectionResolved', rec({ objectionId: id, resolution: text, upheld: fc.boolean() })),
  ev('ResultsCertified', rec({ certifiedAt: text })),
  ev('ResultCorrectionRecorded', rec({ text, objectionIds: fc.option(fc.array(id, { maxLength: 2 }), { nil: undefined }) })),
  // an event no fold reads
  ev('SomethingElseHappened', rec({ n: fc.nat(3) })),
);

const history = fc.array(anyEvent, { minLength: 20, maxLength: 150 });
/** Where the commands of a history ended: the prefixes a worker's folds are resumed from. */
const cuts = fc.array(fc.nat(150), { minLength: 1, maxLength: 12 });

describe('every fold of a campaign stream', () => {
  it('covers the contexts that fold the stream', () => {
    expect(ALL_FOLDS.map((f) => f.name).sort()).toEqual(Object.keys(REFERENCE).sort());
    expect(new Set(ALL_FOLDS.map((f) => f.name)).size).toBe(ALL_FOLDS.length);
  });

  describe.each(ALL_FOLDS.map((f) => [f.name, f] as const))('%s', (name, fold: Fold<unknown, unknown>) => {
    const reference = REFERENCE[name];

    it('folded from the start equals the fold as it was before snapshots', () => {
      fc.assert(
        fc.property(history, (h) => expect(plain(foldHistory(fold, h))).toEqual(plain(reference(h)))),
        { numRuns: 300 },
      );
    });

    it('resumed from snapshot + tail, command after command, equals the full fold, and never changes a snapshot it resumed from', () => {
      fc.assert(
        fc.property(history, cuts, (h, ends) => {
          const memo = new FoldMemo();
          const handedOut: { state: unknown; asItWas: unknown }[] = [];
          for (const end of [...ends.map((e) => Math.min(e, h.length)).sort((a, b) => a - b), h.length]) {
            // Each command reads its own copy of the stream, as the event store hands it out.
            const state = foldHistory(fold, withFoldMemo(h.slice(0, end), memo));
            expect(plain(state)).toEqual(plain(reference(h.slice(0, end))));
            expect(foldHistory(fold, withFoldMemo(h.slice(0, end), memo))).toBe(state); // a second fold of the same prefix is free
            handedOut.push({ state, asItWas: plain(state) });
          }
          for (const { state, asItWas } of handedOut) expect(plain(state)).toEqual(asItWas);
        }),
        { numRuns: 300 },
      );
    });
  });

  it('a snapshot of another fold version is never resumed', () => {
    const counting = (version: number): Fold<number> => ({ name: 'count', version, initial: () => 0, resume: (n) => n, apply: (n) => n + 1, seal: (n) => n });
    const memo = new FoldMemo();
    const events: DomainEvent[] = [
      { type: 'A', payload: {} },
      { type: 'B', payload: {} },
    ];
    memo.record(counting(1), 2, 100); // a state of a shape this code no longer has
    expect(foldHistory(counting(2), withFoldMemo(events.slice(), memo))).toBe(2);
    expect(foldHistory(counting(1), withFoldMemo(events.slice(), memo))).toBe(2); // version 2 replaced it
  });

  it('a history without a memo (a copy, a filtered list) is folded from the start', () => {
    const memo = new FoldMemo();
    const counting: Fold<number> = { name: 'count', version: 1, initial: () => 0, resume: (n) => n, apply: (n) => n + 1, seal: (n) => n };
    const events: DomainEvent[] = withFoldMemo(
      [
        { type: 'A', payload: {} },
        { type: 'B', payload: {} },
      ],
      memo,
    );
    memo.record(counting, 2, 100);
    expect(foldHistory(counting, events)).toBe(100);
    expect(foldHistory(counting, [...events])).toBe(2);
    expect(
      foldHistory(
        counting,
        events.filter(() => true),
      ),
    ).toBe(2);
  });
});

describe('folds are linear in the events they read', () => {
  // Counted work, not time: a fold resumed from a snapshot applies only the tail, whatever came before it.
  it('a resumed fold applies only the events after its snapshot', () => {
    let applied = 0;
    const counting: Fold<number> = { name: 'count', version: 1, initial: () => 0, resume: (n) => n, apply: (n) => ((applied += 1), n + 1), seal: (n) => n };
    const memo = new FoldMemo();
    const stream: DomainEvent[] = Array.from({ length: 10_000 }, () => ({ type: 'A', payload: {} }));
    expect(foldHistory(counting, withFoldMemo(stream.slice(0, 9_990), memo))).toBe(9_990);
    applied = 0;
    expect(foldHistory(counting, withFoldMemo(stream.slice(), memo))).toBe(10_000);
    expect(applied).toBe(10);
  });
});

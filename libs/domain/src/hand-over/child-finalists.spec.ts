import fc from 'fast-check';
import { foldCandidacies } from '../candidacy/candidacy';
import type { CandidacySubmitted } from '../candidacy/candidacy-events';
import { refusalCode } from '../shared/domain-error.testing';
import { adoptChildFinalists, adoptedChildCampaigns, type ChildCampaign } from './child-finalists';
import { certifiedFinalistsOf } from './certified-finalists';
import type { ChildFinalistsAdopted } from './hand-over-events';
import { candidacy, certifiedResults, childCampaign, parentCampaign, TREE } from './hand-over-fixtures.spec-helper';

const input = { submittedAt: new Date('2026-03-01T00:00:00Z'), candidacyIdFor: (child: string, candidacyId: string) => `${child}:${candidacyId}` };
const adopt = (children: ChildCampaign[], parent = parentCampaign()) => adoptChildFinalists(parent, children, TREE, input);

describe('certified finalists', () => {
  it('are the elected of a certified result, each once, and nothing before certification', () => {
    expect(
      certifiedFinalistsOf(
        certifiedResults([
          ['a', 'b'],
          ['c', 'a'],
        ]),
      ),
    ).toEqual(['a', 'b', 'c']);
    expect(certifiedFinalistsOf(certifiedResults([['a']], false))).toBeNull();
  });

  it('of an honours round are everyone it awarded, tier by tier', () => {
    const honours = certifiedResults([]);
    const awarded = {
      ...honours,
      published: {
        ...honours.published!,
        awards: [
          { tierKey: 'winner', candidacyIds: ['f2', 'f1'] },
          { tierKey: 'nominee', candidacyIds: ['f3'] },
        ],
      },
    };
    expect(certifiedFinalistsOf(awarded)).toEqual(['f2', 'f1', 'f3']);
  });
});

describe('adopting the finalists of child campaigns', () => {
  const d1 = childCampaign('c1', 'd1', { k1: 'p1', k2: 'p2', k3: 'p3' }, [['k1', 'k3']]);

  it('makes each finalist a candidacy of the parent, nominated by the child, with her details, proposal and consent', () => {
    const events = adopt([d1]);
    expect(events.map((e) => e.type)).toEqual(['CandidacySubmitted', 'CandidacySubmitted', 'ChildFinalistsAdopted']);
    const first = events[0] as CandidacySubmitted;
    expect(first.payload).toEqual({
      campaignId: 'parent',
      candidacyId: 'c1:k1',
      candidateId: 'p1',
      details: candidacy('k1', 'p1').details,
      proposal: candidacy('k1', 'p1').proposal,
      consent: candidacy('k1', 'p1').consent,
      nomination: { channel: 'child-campaign', childCampaignId: 'c1', childCandidacyId: 'k1' },
      submittedAt: '2026-03-01T00:00:00.000Z',
    });
    expect((events[2] as ChildFinalistsAdopted).payload).toEqual({
      campaignId: 'parent',
      childCampaignId: 'c1',
      childLastEventHash: 'last-c1',
      candidacies: [
        { childCandidacyId: 'k1', candidacyId: 'c1:k1' },
        { childCandidacyId: 'k3', candidacyId: 'c1:k3' },
      ],
    });
    expect([...foldCandidacies(events).keys()]).toEqual(['c1:k1', 'c1:k3']);
    expect(adoptedChildCampaigns(events)).toEqual(['c1']);
  });

  it.each<[string, () => unknown, string]>([
    ['a child not yet certified', () => adopt([childCampaign('c2', 'd2', { k: 'p' }, [['k']], { certified: false })]), 'hand-over.child-not-certified'],
    ['a child of an organisation beside the parent', () => adopt([childCampaign('c2', 'other-city', { k: 'p' }, [['k']])]), 'hand-over.child-not-below'],
    ['a child of the parent’s own organisation', () => adopt([childCampaign('c2', 'city', { k: 'p' }, [['k']])]), 'hand-over.child-not-below'],
    ['a child of an organisation above', () => adopt([childCampaign('c2', 'province', { k: 'p' }, [['k']])]), 'hand-over.child-not-below'],
    ['a child adopted before', () => adopt([d1], parentCampaign({ history: adopt([d1]) })), 'hand-over.already-adopted'],
    ['the same child twice in one command', () => adopt([d1, d1]), 'hand-over.child-twice'],
    ['no child at all', () => adopt([]), 'hand-over.no-children'],
    ['a child that does not exist', () => adopt([{ ...d1, campaign: undefined }]), 'hand-over.child-not-found'],
    ['a parent past candidacy', () => adopt([d1], parentCampaign({ campaign: { ...parentCampaign().campaign, stage: 'jury' } })), 'stage.wrong'],
    [
      'a finalist already standing in the parent',
      () => adopt([d1], parentCampaign({ candidacies: new Map([['own', { ...candidacy('own', 'p3'), status: 'submitted' as const }]]) })),
      'hand-over.finalist-already-standing',
    ],
  ])('refuses %s', (_, act, code) => {
    expect(refusalCode(act)).toBe(code);
  });

  it('accepts a child two levels below', () => {
    expect(adopt([childCampaign('c3', 's1', { k: 'p9' }, [['k']])]).length).toBe(2);
  });

  it('maps every elected person of every child to exactly one parent candidacy (property)', () => {
    const child = (i: number) =>
      fc
        .uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 8 })
        .chain((people) => fc.tuple(fc.constant(people), fc.array(fc.subarray(people, { minLength: 0 }), { minLength: 1, maxLength: 3 })))
        .map(([people, positions]) =>
          childCampaign(
            `c${i}`,
            i % 2 === 0 ? 'd1' : 's1',
            Object.fromEntries(people.map((p) => [`k${p}`, `c${i}-p${p}`])),
            positions.map((pos) => pos.map((p) => `k${p}`)),
          ),
        );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => child(i)))),
        (children) => {
          const events = adopt(children);
          const submitted = events.filter((e): e is CandidacySubmitted => e.type === 'CandidacySubmitted');
          const expected = children.flatMap((c) => (certifiedFinalistsOf(c.results) ?? []).map((k) => `${c.campaignId}/${k}`));
          const adopted = submitted.map((e) => {
            const n = e.payload.nomination as { childCampaignId: string; childCandidacyId: string };
            return `${n.childCampaignId}/${n.childCandidacyId}`;
          });
          expect(adopted.sort()).toEqual([...expected].sort());
          expect(new Set(submitted.map((e) => e.payload.candidacyId)).size).toBe(submitted.length);
          const records = events.filter((e): e is ChildFinalistsAdopted => e.type === 'ChildFinalistsAdopted');
          expect(records.map((r) => r.payload.childCampaignId)).toEqual(children.map((c) => c.campaignId));
          expect(records.flatMap((r) => r.payload.candidacies.map((c) => c.candidacyId)).sort()).toEqual(submitted.map((e) => e.payload.candidacyId).sort());
        },
      ),
    );
  });
});

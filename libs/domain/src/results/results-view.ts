import { foldCampaign } from '../campaign/campaign';
import { foldCandidacies } from '../candidacy/candidacy';
import type { DomainEvent } from '../shared/domain-event';
import type { QuotaViolation } from '../quotas/quota-check';
import { foldShortlisting } from '../shortlisting/shortlisting-state';
import { foldResults, type ObjectionStatus } from './results';
import { publicResultLine } from './public-disclosure';
import type { ResultCorrectionRecorded } from './results-events';
import type { InspectionClosed } from '../shortlisting/shortlisting-events';
import type { CandidateStatus, ResultLine } from './result-line';
import { type AwardsView, awardsView } from './awards-view';
import { pipelineTemplateOf } from '../pipeline/campaign-stages-of';
import type { PipelineTemplate } from '../pipeline/pipeline-template';
import { publicNominationKind } from '../candidacy/nomination';

export interface RoundMinutes {
  readonly roundId: string;
  readonly positionKey: string;
  readonly kind: string;
  readonly status: string;
  readonly minutes: unknown;
}

export interface ResultsView {
  readonly campaignId: string;
  readonly title: string;
  readonly organisingBody: string;
  readonly stage: string;
  readonly weights: { projectReview: string; panelOpinion: string; jury: string };
  readonly positions: { key: string; title: string; seats: number; elected: { candidacyId: string; name: string }[]; rounds: RoundMinutes[] }[];
  readonly lines: ResultLine[];
  readonly pipeline: PipelineTemplate;
  /** An honours campaign's award tiers (null in an open selection). */
  readonly awards: AwardsView | null;
  readonly quotaViolations: QuotaViolation[];
  readonly publishedAt: string | null;
  readonly publicityEndsAt: string | null;
  readonly certifiedAt: string | null;
  readonly basedOnEventHash: string | null;
  /**
   * The published view lists admitted objections only. The organiser's view lists every objection with its
   * status, the objector's contact and why it was dismissed; none of these is ever published.
   */
  readonly objections: {
    objectionId: string;
    status: ObjectionStatus;
    text: string;
    lodgedAt: string;
    resolution: string | null;
    upheld: boolean | null;
    correction: string | null;
    contact?: string | null;
    dismissalReason?: string | null;
  }[];
  readonly corrections: { text: string; recordedAt: string; objectionIds: string[] }[];
  /**
   * Exceptions the organiser recorded with a written reason: inspection closed with no more finalists than seats
   * (an uncontested election, 等额选举, when finalists = seats), and a broken quota published or certified anyway.
   */
  readonly exceptions: {
    inspection: { reason: string; finalists: number; seats: number } | null;
    quota: { reason: string } | null;
  };
}

const byName = new Intl.Collator('zh-CN');

/**
 * Published in no particular order (排名不分先后), the public lines carry no rank and no score a rank could be read
 * from, and are listed by name.
 */
const withoutRank = (lines: ResultLine[]): ResultLine[] =>
  lines
    .map((l) => ({ ...l, rank: null, projectReview: null, panelPoints: null, panelGrade: null, jury: null, composite: null }))
    .sort((a, b) => byName.compare(a.name ?? '', b.name ?? ''));

/**
 * The result as published, computed from the event log alone — the same function serves the api, the notice,
 * the CSV and a third party's verifier.
 */
export function resultsView(history: readonly DomainEvent[], options: { audience?: 'public' | 'organiser' } = {}): ResultsView | undefined {
  const forOrganiser = options.audience === 'organiser';
  const campaign = foldCampaign(history);
  if (!campaign) return undefined;
  const candidacies = foldCandidacies(history);
  const shortlisting = foldShortlisting(history);
  const results = foldResults(history);
  const electedTo = new Map<string, string>();
  for (const p of results.election?.elected ?? []) for (const id of p.candidacyIds) electedTo.set(id, p.positionKey);
  const finalists = new Set((shortlisting.finalists ?? []).map((f) => f.candidacyId));
  const awards = awardsView(campaign, candidacies, shortlisting, results, forOrganiser ? 'organiser' : 'public');
  const awarded = new Set(awards?.published ? awards.tiers.flatMap((t) => t.members.map((m) => m.candidacyId)) : []);
  const ranking = new Map((shortlisting.ranking ?? []).map((l) => [l.candidacyId, l]));

  const statusOf = (id: string): CandidateStatus => {
    const c = candidacies.get(id)!;
    if (c.status === 'withdrawn') return 'withdrawn';
    if (c.status !== 'accepted') return 'not-qualified';
    if (electedTo.has(id)) return 'elected';
    if (awarded.has(id)) return 'awarded';
    if (shortlisting.failed.has(id)) return 'failed-inspection';
    if (finalists.has(id)) return awards ? 'not-awarded' : 'not-elected';
    return 'not-shortlisted';
  };

  const everyLine: ResultLine[] = [...candidacies.values()]
    .map((c) => {
      const r = ranking.get(c.id);
      return {
        rank: r?.rank ?? null,
        candidacyId: c.id,
        name: c.details.name,
        employer: c.details.employer,
        projectTitle: c.proposal.title,
        grassrootsFrontline: c.details.grassrootsFrontline,
        nomination: publicNominationKind(c.nomination),
        projectReview: r?.projectReview ?? null,
        panelPoints: r?.panelPoints ?? null,
        panelGrade: r?.panelGrade ?? null,
        jury: r?.jury ?? null,
        composite: r?.composite ?? null,
        status: statusOf(c.id),
        positionKey: electedTo.get(c.id) ?? null,
      };
    })
    .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
  const publicLines = everyLine.flatMap((l) => publicResultLine(l, candidacies.get(l.candidacyId)!.consent) ?? []);
  const lines = forOrganiser ? everyLine : awards?.publication === 'unranked' ? withoutRank(publicLines) : publicLines;

  const rounds = history
    .filter((e) => e.type === 'CongressRoundClosed')
    .map((e) => e.payload as { roundId: string; positionKey: string; kind: string; status: string; minutes: unknown });
  const nameOf = (id: string) => candidacies.get(id)?.details.name ?? id;

  return {
    campaignId: campaign.id,
    title: campaign.config.title,
    organisingBody: campaign.config.organisingBody,
    stage: campaign.stage,
    weights: campaign.config.weights,
    positions: campaign.config.positions.map((p) => ({
      key: p.key,
      title: p.title,
      seats: p.seats,
      elected: (results.election?.elected.find((e) => e.positionKey === p.key)?.candidacyIds ?? []).map((id) => ({ candidacyId: id, name: nameOf(id) })),
      rounds: rounds
        .filter((r) => r.positionKey === p.key)
        .map((r) => ({ roundId: r.roundId, positionKey: r.positionKey, kind: r.kind, status: r.status, minutes: r.minutes })),
    })),
    lines,
    pipeline: pipelineTemplateOf(campaign.config),
    awards,
    quotaViolations: results.published?.quotaViolations ?? [],
    publishedAt: results.published?.publishedAt ?? null,
    publicityEndsAt: results.published?.publicityEndsAt ?? null,
    certifiedAt: results.certified?.certifiedAt ?? null,
    basedOnEventHash: results.certified?.basedOnEventHash ?? results.published?.basedOnEventHash ?? null,
    objections: [...results.objections.values()]
      .filter((o) => forOrganiser || o.status === 'admitted')
      .map((o) => ({
        objectionId: o.objectionId,
        status: o.status,
        text: o.text,
        lodgedAt: o.lodgedAt,
        resolution: o.resolution ?? null,
        upheld: o.upheld ?? null,
        correction: o.correction ?? null,
        ...(forOrganiser ? { contact: o.contact ?? null, dismissalReason: o.dismissalReason ?? null } : {}),
      })),
    corrections: history
      .filter((e): e is ResultCorrectionRecorded => e.type === 'ResultCorrectionRecorded')
      .map((e) => ({ text: e.payload.text, recordedAt: e.payload.recordedAt, objectionIds: e.payload.objectionIds ?? [] })),
    exceptions: {
      inspection: (history.filter((e) => e.type === 'InspectionClosed').pop()?.payload as InspectionClosed['payload'] | undefined)?.exception ?? null,
      quota: results.published?.quotaException ?? results.certified?.quotaException ?? null,
    },
  };
}

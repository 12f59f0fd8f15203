/*
 * The folds as they were before snapshots (git history: "adf391b"), kept verbatim as the reference that the
 * linear, resumable folds must agree with (all-folds.spec.ts). Test code only.
 */
/* eslint-disable */
import type { CampaignGrantEvent } from './campaign-grants/campaign-grant-events';
import type { CampaignGrants } from './campaign-grants/campaign-grants';
import type { Candidacies } from './candidacy/candidacy';
import { CONSENT_BEFORE_IT_WAS_ASKED } from './candidacy/candidacy-consent';
import type { CandidacyEvent } from './candidacy/candidacy-events';
import type { CongressBallot } from './election/ballot-count';
import { DEFAULT_QUORUM, type MajorityBase, type QuorumRule } from './election/congress-round';
import type { CongressDelegate, CongressElectionState, CongressRoundState } from './election/congress-election-state';
import type { CongressElectionEvent } from './election/congress-events';
import type { EvaluationEvent } from './evaluation/evaluation-events';
import { type EvaluationState, type PanelExpert, type PanelGradeEntry, pairKey, type Recusal, type ScoreSheetState } from './evaluation/expert-panel';
import { EMPTY_JURY, type JuryState } from './jury/juror-roster';
import type { JuryEvent } from './jury/jury-events';
import type { ElectionCompletedPayload, ResultsEvent } from './results/results-events';
import type { Objection, ResultsState } from './results/results';
import type { DomainEvent } from './shared/domain-event';
import type { JuryResultRecorded } from './shortlisting/shortlisting-events';

function evolveCandidacies(state: Candidacies, event: DomainEvent): Candidacies {
  const e = event as CandidacyEvent;
  const next = new Map(state);
  switch (e.type) {
    case 'CandidacySubmitted': {
      const { candidacyId, candidateId, details, proposal, submittedAt } = e.payload;
      const consent = e.payload.consent ?? CONSENT_BEFORE_IT_WAS_ASKED;
      const nomination = e.payload.nomination ? { nomination: e.payload.nomination } : {};
      next.set(candidacyId, { id: candidacyId, candidateId, details, proposal, consent, ...nomination, status: 'submitted', submittedAt });
      return next;
    }
    case 'CandidacyEdited': {
      const c = state.get(e.payload.candidacyId);
      if (c) next.set(c.id, { ...c, details: e.payload.details, proposal: e.payload.proposal, consent: e.payload.consent ?? c.consent });
      return next;
    }
    case 'CandidacyWithdrawn': {
      const c = state.get(e.payload.candidacyId);
      if (c) next.set(c.id, { ...c, status: 'withdrawn' });
      return next;
    }
    case 'CandidacyQualificationDecided': {
      const c = state.get(e.payload.candidacyId);
      if (c) next.set(c.id, { ...c, status: e.payload.decision });
      return next;
    }
    default:
      return state;
  }
}

export const referenceFoldCandidacies = (history: readonly DomainEvent[]): Candidacies => history.reduce<Candidacies>(evolveCandidacies, new Map());

function evolveCampaignGrants(state: CampaignGrants, event: DomainEvent): CampaignGrants {
  const e = event as CampaignGrantEvent;
  if (e.type !== 'CampaignRoleGranted' && e.type !== 'CampaignRoleRevoked') return state;
  const next = new Map(state);
  const held = state.get(e.payload.personId);
  const roles = new Set(held?.roles ?? []);
  if (e.type === 'CampaignRoleGranted') roles.add(e.payload.role);
  else roles.delete(e.payload.role);
  next.set(e.payload.personId, { name: e.type === 'CampaignRoleGranted' ? e.payload.name : (held?.name ?? ''), roles });
  return next;
}

export const referenceFoldCampaignGrants = (history: readonly DomainEvent[]): CampaignGrants => history.reduce<CampaignGrants>(evolveCampaignGrants, new Map());

function evolveJury(state: JuryState, event: DomainEvent): JuryState {
  const e = event as JuryEvent;
  switch (e.type) {
    case 'JurorsRegistered': {
      const jurors = new Map(state.jurors);
      for (const j of e.payload.jurors) {
        jurors.set(j.jurorId, { id: j.jurorId, name: j.name, reference: j.reference, userId: j.userId, codeHash: j.codeHash, revoked: false });
      }
      return { ...state, jurors };
    }
    case 'JurorCredentialRevoked':
    case 'JurorCredentialReissued': {
      const juror = state.jurors.get(e.payload.jurorId);
      if (!juror) return state;
      const jurors = new Map(state.jurors);
      jurors.set(juror.id, e.type === 'JurorCredentialRevoked' ? { ...juror, revoked: true } : { ...juror, codeHash: e.payload.codeHash });
      return { ...state, jurors };
    }
    case 'JuryPaperCountRecorded':
      return { ...state, paperCount: e.payload.count };
    case 'JuryResultRecorded': {
      const { campaignId: _campaignId, ...result } = e.payload;
      return { ...state, result };
    }
    default:
      return state;
  }
}

export const referenceFoldJury = (history: readonly DomainEvent[]): JuryState => history.reduce<JuryState>(evolveJury, EMPTY_JURY);

export function referenceFoldResults(history: readonly DomainEvent[]): ResultsState {
  let state: ResultsState = { election: null, published: null, objections: new Map(), certified: null };
  for (const event of history) {
    if (event.type === 'ElectionCompleted') {
      state = { ...state, election: event.payload as ElectionCompletedPayload };
      continue;
    }
    if (event.type === 'QuotaFurtherRoundOpened') {
      state = { ...state, election: null };
      continue;
    }
    const e = event as ResultsEvent;
    switch (e.type) {
      case 'ResultsPublished':
        state = { ...state, published: e.payload };
        break;
      case 'ObjectionLodged':
        state = {
          ...state,
          objections: new Map(state.objections).set(e.payload.objectionId, {
            objectionId: e.payload.objectionId,
            status: 'pending',
            text: e.payload.text,
            lodgedAt: e.payload.lodgedAt,
            contact: e.payload.contact,
          }),
        };
        break;
      case 'ObjectionAdmitted': {
        const o = state.objections.get(e.payload.objectionId);
        if (o) state = { ...state, objections: new Map(state.objections).set(o.objectionId, { ...o, status: 'admitted' }) };
        break;
      }
      case 'ObjectionsDismissed': {
        const objections = new Map(state.objections);
        for (const id of e.payload.objectionIds) {
          const o = objections.get(id);
          if (o) objections.set(id, { ...o, status: 'dismissed', dismissalReason: e.payload.reason });
        }
        state = { ...state, objections };
        break;
      }
      case 'ObjectionResolved': {
        const o = state.objections.get(e.payload.objectionId);
        // Objections answered before moderation existed were public from the start: an answer admits them.
        if (o)
          state = {
            ...state,
            objections: new Map(state.objections).set(o.objectionId, { ...o, status: 'admitted', resolution: e.payload.resolution, upheld: e.payload.upheld }),
          };
        break;
      }
      case 'ResultsCertified':
        state = { ...state, certified: e.payload };
        break;
      case 'ResultCorrectionRecorded': {
        const objections = new Map(state.objections);
        for (const id of e.payload.objectionIds ?? []) {
          const o = objections.get(id);
          if (o) objections.set(id, { ...o, correction: e.payload.text });
        }
        state = { ...state, objections };
        break;
      }
    }
  }
  return state;
}

/** One pass over the history with private mutable maps: a campaign stream may hold many other events. */
export function referenceFoldEvaluation(history: readonly DomainEvent[]): EvaluationState {
  const experts = new Map<string, PanelExpert>();
  const recusals = new Map<string, Recusal>();
  const sheets = new Map<string, ScoreSheetState>();
  const panelGrades = new Map<string, PanelGradeEntry>();
  for (const event of history) {
    const e = event as EvaluationEvent;
    switch (e.type) {
      case 'ExpertAddedToPanel': {
        const { expertId, name, candidacyIds } = e.payload;
        experts.set(expertId, { expertId, name, candidacyIds });
        break;
      }
      case 'ExpertAssignmentsChanged': {
        const expert = experts.get(e.payload.expertId);
        if (expert) experts.set(expert.expertId, { ...expert, candidacyIds: e.payload.candidacyIds });
        break;
      }
      case 'ConflictOfInterestDeclared': {
        const { expertId, candidacyId, reason, declaredBy } = e.payload;
        recusals.set(pairKey(expertId, candidacyId), { expertId, candidacyId, reason, declaredBy });
        break;
      }
      case 'ScoreSheetDraftSaved': {
        const { expertId, candidacyId, scores, comment } = e.payload;
        const key = pairKey(expertId, candidacyId);
        const prev = sheets.get(key);
        sheets.set(key, {
          expertId,
          candidacyId,
          scores,
          comment,
          total: null,
          status: prev?.status === 'unlocked' ? 'unlocked' : 'draft',
          unlockCount: prev?.unlockCount ?? 0,
          lastUnlockReason: prev?.lastUnlockReason ?? null,
        });
        break;
      }
      case 'ScoreSheetSubmitted': {
        const { expertId, candidacyId, scores, comment, total } = e.payload;
        const key = pairKey(expertId, candidacyId);
        const prev = sheets.get(key);
        sheets.set(key, {
          expertId,
          candidacyId,
          scores,
          comment,
          total,
          status: 'submitted',
          unlockCount: prev?.unlockCount ?? 0,
          lastUnlockReason: prev?.lastUnlockReason ?? null,
        });
        break;
      }
      case 'ScoreSheetUnlocked': {
        const key = pairKey(e.payload.expertId, e.payload.candidacyId);
        const prev = sheets.get(key);
        if (prev) sheets.set(key, { ...prev, status: 'unlocked', total: null, unlockCount: prev.unlockCount + 1, lastUnlockReason: e.payload.reason });
        break;
      }
      case 'PanelGradeRecorded': {
        const { expertId, candidacyId, grade, opinion } = e.payload;
        panelGrades.set(pairKey(expertId, candidacyId), { expertId, candidacyId, grade, opinion });
        break;
      }
      default:
        break;
    }
  }
  return { experts, recusals, sheets, panelGrades };
}

interface InspectionClosedFact {
  readonly type: 'InspectionClosed';
  readonly payload: { campaignId: string; finalists: { candidacyId: string; rank: number }[] };
}

type MutableRound = { -readonly [K in keyof CongressRoundState]: CongressRoundState[K] } & {
  credentials: Map<string, boolean>;
  ballots: CongressBallot[];
};

/** Folds the election from the campaign's stream (one pass; the stream of a big congress is long). */
export function referenceFoldCongressElection(history: readonly DomainEvent[]): CongressElectionState {
  let finalists: CongressElectionState['finalists'] = null;
  let quorum: QuorumRule = DEFAULT_QUORUM;
  let majorityBase: MajorityBase = 'present';
  const delegates = new Map<string, CongressDelegate>();
  const rounds: MutableRound[] = [];
  const byId = new Map<string, MutableRound>();
  let completed: CongressElectionState['completed'] = null;
  const quotaFurtherRounds: CongressElectionState['quotaFurtherRounds'][number][] = [];

  for (const raw of history) {
    if (raw.type === 'InspectionClosed') {
      const e = raw as InspectionClosedFact;
      finalists = [...(e.payload.finalists ?? [])].map((f) => ({ candidacyId: f.candidacyId, rank: f.rank })).sort((a, b) => a.rank - b.rank);
      continue;
    }
    const e = raw as CongressElectionEvent;
    switch (e.type) {
      case 'CongressElectionRulesSet':
        quorum = e.payload.quorum;
        majorityBase = e.payload.majorityBase;
        break;
      case 'CongressDelegatesRegistered':
        for (const d of e.payload.delegates) delegates.set(d.delegateId, { delegateId: d.delegateId, name: d.name, checkedIn: false });
        break;
      case 'CongressDelegateCheckedIn': {
        const d = delegates.get(e.payload.delegateId);
        if (d) delegates.set(d.delegateId, { ...d, checkedIn: true });
        break;
      }
      case 'CongressDelegateCheckInCancelled': {
        const d = delegates.get(e.payload.delegateId);
        if (d) delegates.set(d.delegateId, { ...d, checkedIn: false });
        break;
      }
      case 'CongressRoundOpened': {
        const { campaignId: _c, ...p } = e.payload;
        const round: MutableRound = { ...p, status: 'open', credentials: new Map(), ballots: [], paperCount: null, outcome: null };
        rounds.push(round);
        byId.set(round.roundId, round);
        break;
      }
      case 'CongressCredentialsIssued': {
        const round = byId.get(e.payload.roundId);
        if (round) round.credentials = new Map(e.payload.codeHashes.map((h) => [h, false]));
        break;
      }
      case 'CongressCredentialUsed': {
        const round = byId.get(e.payload.roundId);
        if (round?.credentials.has(e.payload.codeHash)) round.credentials.set(e.payload.codeHash, true);
        break;
      }
      case 'CongressBallotCast': {
        const round = byId.get(e.payload.roundId);
        if (round) round.ballots.push({ marks: e.payload.marks, writeIns: e.payload.writeIns });
        break;
      }
      case 'CongressBallotBoxOpened': {
        const round = byId.get(e.payload.roundId);
        if (!round) break;
        for (const b of e.payload.ballots) round.ballots.push({ marks: b.marks, writeIns: b.writeIns });
        for (const h of e.payload.usedCodeHashes) if (round.credentials.has(h)) round.credentials.set(h, true);
        break;
      }
      case 'CongressPaperCountRecorded': {
        const round = byId.get(e.payload.roundId);
        if (round) round.paperCount = e.payload.count;
        break;
      }
      case 'CongressRoundClosed': {
        const round = byId.get(e.payload.roundId);
        if (round) {
          round.status = 'closed';
          round.outcome = e.payload;
        }
        break;
      }
      case 'ElectionCompleted':
        completed = e.payload;
        break;
      case 'QuotaFurtherRoundOpened':
        completed = null;
        quotaFurtherRounds.push({
          positionKey: e.payload.positionKey,
          vacatedCandidacyIds: [...e.payload.vacatedCandidacyIds],
          eligibleCandidacyIds: [...e.payload.eligibleCandidacyIds],
          afterRounds: rounds.length,
        });
        break;
      default:
        break;
    }
  }
  return { finalists, quorum, majorityBase, delegates, rounds, completed, quotaFurtherRounds };
}

export function referenceLatestJuryResult(history: readonly DomainEvent[]): JuryResultRecorded['payload'] | undefined {
  const results = history.filter((e): e is JuryResultRecorded => e.type === 'JuryResultRecorded');
  return results[results.length - 1]?.payload;
}

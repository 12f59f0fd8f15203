import type { CampaignState } from '../campaign/campaign';
import { assertStageKept } from '../campaign/stage-left-out';
import { type CampaignStage, stageIndex } from '../campaign/campaign-stage';
import type { Candidacies } from '../candidacy/candidacy';
import { conflict, invalid, notFound } from '../shared/domain-error';
import type { DomainEvent } from '../shared/domain-event';
import { type Fold, foldHistory } from '../shared/fold';
import { type MapDraft, PersistentMap } from '../shared/persistent-map';
import { type BallotPaper } from './ballot';
import type { JuryEvent, JurorEntry, JuryResult } from './jury-events';
import { checkJuryPaperCount, type JuryPaperCount } from './paper-count';

export const MAX_JURORS_PER_IMPORT = 10_000;
export const JUROR_NAME_MAX = 100;
export const JUROR_REFERENCE_MAX = 64;

export interface JurorState {
  readonly id: string;
  readonly name: string;
  readonly reference?: string;
  readonly userId?: string;
  readonly codeHash: string;
  readonly revoked: boolean;
}

/** The jury as its events tell it: the roster, a paper count if one was entered, and the recorded result. */
export interface JuryState {
  readonly jurors: ReadonlyMap<string, JurorState>;
  readonly paperCount?: JuryPaperCount;
  readonly result?: JuryResult;
}

export const EMPTY_JURY: JuryState = { jurors: new Map() };

interface JuryDraft {
  jurors: MapDraft<string, JurorState>;
  paperCount?: JuryPaperCount;
  result?: JuryResult;
}

function applyJuryEvent(draft: JuryDraft, event: DomainEvent): JuryDraft {
  const e = event as JuryEvent;
  switch (e.type) {
    case 'JurorsRegistered':
      for (const j of e.payload.jurors) {
        draft.jurors.set(j.jurorId, { id: j.jurorId, name: j.name, reference: j.reference, userId: j.userId, codeHash: j.codeHash, revoked: false });
      }
      break;
    case 'JurorCredentialRevoked':
    case 'JurorCredentialReissued': {
      const juror = draft.jurors.get(e.payload.jurorId);
      if (juror) draft.jurors.set(juror.id, e.type === 'JurorCredentialRevoked' ? { ...juror, revoked: true } : { ...juror, codeHash: e.payload.codeHash });
      break;
    }
    case 'JuryPaperCountRecorded':
      draft.paperCount = e.payload.count;
      break;
    case 'JuryResultRecorded': {
      const { campaignId: _campaignId, ...result } = e.payload;
      draft.result = result;
      break;
    }
    default:
      break;
  }
  return draft;
}

export const JURY_FOLD: Fold<JuryState, JuryDraft> = {
  name: 'jury',
  version: 1,
  initial: () => EMPTY_JURY,
  resume: ({ jurors, ...rest }) => ({ ...rest, jurors: PersistentMap.of(jurors).draft() }),
  apply: applyJuryEvent,
  seal: ({ jurors, ...rest }) => ({ ...rest, jurors: jurors.done() }),
};

export const foldJury = (history: readonly DomainEvent[]): JuryState => foldHistory(JURY_FOLD, history);

/**
 * The roster is open from the close of candidacy until the jury stage ends. Not before: only once the candidates
 * are known can the rule "a candidate is never a juror in her own campaign" be checked for good. Not after: the
 * roster is then history.
 */
export function assertRosterOpen(stage: CampaignStage, doing: string): void {
  if (stageIndex(stage) < stageIndex('qualification-review')) {
    throw conflict('jury.roster-not-open', `Cannot ${doing} yet: the roster opens when candidacy closes (the campaign is in stage "${stage}").`);
  }
  if (stageIndex(stage) > stageIndex('jury')) {
    throw conflict('jury.closed', `Cannot ${doing}: the jury stage has ended (the campaign is in stage "${stage}").`);
  }
}

export interface JurorLineError {
  /** The CSV line (1-based, the header is line 1), or the position in the list when there is no file. */
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

/**
 * Every reason the given jurors cannot join the roster, line by line (empty when all may): a name is required,
 * references and account ids are unique in the campaign, and a candidate is never a juror in her own campaign.
 */
export function jurorEntryErrors(candidacies: Candidacies, jury: JuryState, entries: readonly JurorEntry[]): JurorLineError[] {
  const errors: JurorLineError[] = [];
  const references = new Map<string, string>();
  const userIds = new Map<string, string>();
  const codeHashes = new Set<string>();
  for (const j of jury.jurors.values()) {
    if (j.reference) references.set(j.reference.toLowerCase(), 'the roster');
    if (j.userId) userIds.set(j.userId, 'the roster');
    codeHashes.add(j.codeHash);
  }
  const candidates = new Set([...candidacies.values()].map((c) => c.candidateId));
  entries.forEach((entry, i) => {
    const line = entry.line ?? i + 1;
    const add = (field: string, message: string) => errors.push({ line, field, message });
    const name = entry.name?.trim() ?? '';
    if (!name) add('name', 'A juror needs a name.');
    else if (name.length > JUROR_NAME_MAX) add('name', `A name has at most ${JUROR_NAME_MAX} characters.`);
    if (jury.jurors.has(entry.jurorId)) add('jurorId', `Juror ${entry.jurorId} is already registered.`);
    if (codeHashes.has(entry.codeHash)) add('code', 'This credential is already issued.');
    codeHashes.add(entry.codeHash);
    if (entry.reference !== undefined) {
      const ref = entry.reference.trim();
      const key = ref.toLowerCase();
      if (!ref || ref.length > JUROR_REFERENCE_MAX) add('reference', `A reference has 1–${JUROR_REFERENCE_MAX} characters.`);
      else if (references.has(key)) add('reference', `Reference "${ref}" is already used by ${references.get(key)}.`);
      else references.set(key, `line ${line}`);
    }
    if (entry.userId !== undefined) {
      if (candidates.has(entry.userId)) add('userId', `${entry.userId} is a candidate in this campaign and can never be one of its jurors.`);
      else if (userIds.has(entry.userId)) add('userId', `Account ${entry.userId} is already a juror (${userIds.get(entry.userId)}).`);
      else userIds.set(entry.userId, `line ${line}`);
    }
  });
  return errors;
}

/** Registers one juror or a whole imported list, all or nothing: one bad line and nobody is added. */
export function registerJurors(
  campaign: CampaignState,
  candidacies: Candidacies,
  jury: JuryState,
  input: { source: 'single' | 'csv'; jurors: readonly JurorEntry[] },
): JuryEvent[] {
  assertStageKept(campaign.config, 'register-jurors', 'register jurors');
  assertRosterOpen(campaign.stage, 'register jurors');
  if (input.jurors.length === 0) throw invalid('jury.roster-empty', 'There are no jurors to register.', 'jurors');
  if (input.jurors.length > MAX_JURORS_PER_IMPORT) {
    throw invalid('jury.roster-too-large', `At most ${MAX_JURORS_PER_IMPORT} jurors per import; split the file.`, 'jurors');
  }
  const errors = jurorEntryErrors(candidacies, jury, input.jurors);
  if (errors.length > 0) {
    const shown = errors
      .slice(0, 20)
      .map((e) => `line ${e.line} (${e.field}): ${e.message}`)
      .join('; ');
    const more = errors.length > 20 ? `; and ${errors.length - 20} more` : '';
    throw invalid(
      'jury.roster-invalid',
      `Nothing was registered; ${errors.length} problem(s): ${shown}${more}`,
      errors.length === 1 ? `jurors.${errors[0].line}.${errors[0].field}` : 'jurors',
    );
  }
  const jurors = input.jurors.map((j) => ({
    jurorId: j.jurorId,
    name: j.name.trim(),
    ...(j.reference !== undefined ? { reference: j.reference.trim() } : {}),
    ...(j.userId !== undefined ? { userId: j.userId } : {}),
    codeHash: j.codeHash,
    ...(j.line !== undefined ? { line: j.line } : {}),
  }));
  return [{ type: 'JurorsRegistered', payload: { campaignId: campaign.id, source: input.source, jurors } }];
}

/**
 * Where a juror's one-time code stands, from the roster table: opened (exchanged for a ballot token, in any number
 * of browsers) and voted (a ballot of hers was accepted). Not events: both are written on the ballot path.
 */
export interface CredentialUse {
  readonly opened: boolean;
  readonly voted: boolean;
}

function requireUnrevokedJuror(campaign: CampaignState, jury: JuryState, jurorId: string, doing: string): JurorState {
  assertStageKept(campaign.config, 'register-jurors', doing);
  assertRosterOpen(campaign.stage, doing);
  const juror = jury.jurors.get(jurorId);
  if (!juror) throw notFound('jury.juror-not-found', `Juror ${jurorId} is not on this campaign's roster.`);
  if (juror.revoked) throw conflict('jury.credential-revoked', `The credential of juror ${jurorId} is already revoked.`);
  return juror;
}

/**
 * The organiser revokes a credential (handed to the wrong person, a lost phone), with a reason — also after it
 * was opened, so that a ballot page left open elsewhere can no longer vote. Not once she has voted: her ballot is
 * counted and stays so.
 */
export function revokeJurorCredential(campaign: CampaignState, jury: JuryState, input: { jurorId: string; use: CredentialUse; reason: string }): JuryEvent[] {
  requireUnrevokedJuror(campaign, jury, input.jurorId, 'revoke a credential');
  if (input.use.voted)
    throw conflict(
      'jury.juror-voted',
      `Juror ${input.jurorId} has already voted; her counted ballot cannot be taken back, so her code can no longer be revoked.`,
    );
  if (!input.reason?.trim()) throw invalid('jury.reason-required', 'A written reason is required.', 'reason');
  return [{ type: 'JurorCredentialRevoked', payload: { campaignId: campaign.id, jurorId: input.jurorId, reason: input.reason.trim() } }];
}

/**
 * A lost code is replaced by a new one while it was never opened; the old one stops working. An opened code
 * needs no new one (it opens again in any browser until she votes); one that may be in the wrong hands is revoked.
 */
export function reissueJurorCredential(
  campaign: CampaignState,
  jury: JuryState,
  input: { jurorId: string; use: CredentialUse; codeHash: string },
): JuryEvent[] {
  requireUnrevokedJuror(campaign, jury, input.jurorId, 'reissue a credential');
  if (input.use.opened) {
    throw conflict(
      'jury.credential-opened',
      `The code of juror ${input.jurorId} has been opened: she can open it again in any browser until she votes. If it may be in the wrong hands, revoke it instead.`,
    );
  }
  if ([...jury.jurors.values()].some((j) => j.codeHash === input.codeHash)) throw conflict('jury.code-collision', 'This credential is already issued.');
  return [{ type: 'JurorCredentialReissued', payload: { campaignId: campaign.id, jurorId: input.jurorId, codeHash: input.codeHash } }];
}

/**
 * A paper jury: the counting officers' totals replace electronic ballots. Only during the jury stage, only when
 * no electronic ballot was received, and only when the totals add up; a later count corrects an earlier one.
 */
export function recordJuryPaperCount(
  campaign: CampaignState,
  paper: BallotPaper,
  input: { count: JuryPaperCount; electronicBallotsReceived: number },
): JuryEvent[] {
  assertStageKept(campaign.config, 'cast-jury-ballots', 'record a paper jury count');
  if (campaign.stage !== 'jury') {
    throw conflict('stage.wrong', `Cannot record a paper jury count: the campaign is in stage "${campaign.stage}" (allowed: jury).`, undefined, {
      stage: campaign.stage,
    });
  }
  if (input.electronicBallotsReceived > 0) {
    throw conflict(
      'jury.electronic-ballots-exist',
      `${input.electronicBallotsReceived} electronic ballot(s) were already received; a jury votes either electronically or on paper.`,
    );
  }
  checkJuryPaperCount(paper, input.count);
  return [{ type: 'JuryPaperCountRecorded', payload: { campaignId: campaign.id, count: input.count } }];
}

/**
 * Records the jury's result once the jury stage has ended and every accepted ballot is counted (pending = 0),
 * so that ranking can fold it from the campaign's history.
 */
export function recordJuryResult(campaign: CampaignState, jury: JuryState, input: { result: JuryResult; pending: number }): JuryEvent[] {
  assertStageKept(campaign.config, 'record-jury-result', 'record the jury result');
  if (stageIndex(campaign.stage) <= stageIndex('jury')) {
    throw conflict('jury.not-closed', `The jury result is recorded after the jury stage ends; the campaign is in stage "${campaign.stage}".`);
  }
  if (jury.result) throw conflict('jury.result-recorded', 'The jury result is already recorded; it never changes.');
  if (input.pending > 0) throw conflict('jury.ballots-pending', `${input.pending} accepted ballot(s) are not counted yet; try again in a moment.`);
  return [{ type: 'JuryResultRecorded', payload: { campaignId: campaign.id, ...input.result } }];
}

import { refusalCode } from '../shared/domain-error.testing';
import type { CampaignState } from '../campaign/campaign';
import type { CampaignStage } from '../campaign/campaign-stage';
import type { Candidacies } from '../candidacy/candidacy';
import { DomainError } from '../shared/domain-error';
import type { DomainEvent } from '../shared/domain-event';
import {
  foldJury,
  jurorEntryErrors,
  recordJuryPaperCount,
  recordJuryResult,
  registerJurors,
  reissueJurorCredential,
  revokeJurorCredential,
} from './juror-roster';
import type { JurorEntry, JuryResult } from './jury-events';

const campaign = (stage: CampaignStage): CampaignState => ({ id: 'camp', stage, config: { juryMode: 'score' } as never });
const candidacies: Candidacies = new Map([
  ['cand-1', { id: 'cand-1', candidateId: 'user-candidate', status: 'accepted', submittedAt: '2026-01-01T00:00:00.000Z' } as never],
]);
const juror = (n: number, extra: Partial<JurorEntry> = {}): JurorEntry => ({ jurorId: `j${n}`, name: `评审员${n}`, codeHash: `h${n}`, ...extra });

describe('juror roster', () => {
  const history: DomainEvent[] = [];
  const apply = (events: DomainEvent[]) => history.push(...events);

  it('registers jurors one by one or as an imported list', () => {
    apply(registerJurors(campaign('panel-opinion'), candidacies, foldJury(history), { source: 'single', jurors: [juror(1, { reference: 'A-1' })] }));
    apply(
      registerJurors(campaign('jury'), candidacies, foldJury(history), {
        source: 'csv',
        jurors: [juror(2, { line: 2 }), juror(3, { line: 3, userId: 'user-3' })],
      }),
    );
    expect([...foldJury(history).jurors.keys()]).toEqual(['j1', 'j2', 'j3']);
  });

  it('reports every bad line and registers nobody when one line is bad', () => {
    const entries = [
      juror(4, { line: 2 }),
      juror(5, { line: 3, name: '  ' }),
      juror(6, { line: 4, reference: 'a-1' }),
      juror(7, { line: 5, userId: 'user-candidate' }),
      juror(8, { line: 6, userId: 'user-3' }),
      juror(9, { line: 7, reference: 'B-2' }),
      juror(10, { line: 8, reference: 'b-2' }),
    ];
    expect(jurorEntryErrors(candidacies, foldJury(history), entries).map((e) => [e.line, e.field])).toEqual([
      [3, 'name'],
      [4, 'reference'],
      [5, 'userId'],
      [6, 'userId'],
      [8, 'reference'],
    ]);
    let message = '';
    try {
      registerJurors(campaign('jury'), candidacies, foldJury(history), { source: 'csv', jurors: entries });
    } catch (err) {
      message = (err as Error).message;
      expect((err as DomainError).code).toBe('jury.roster-invalid');
    }
    expect(message).toMatch(/^Nothing was registered; 5 problem\(s\): line 3 \(name\)/);
    expect(message).toContain('can never be one of its jurors');
  });

  it('opens the roster when candidacy closes (the candidates are then known) and closes it when the jury stage ends', () => {
    expect(refusalCode(() => registerJurors(campaign('candidacy-open'), candidacies, foldJury(history), { source: 'single', jurors: [juror(11)] }))).toBe(
      'jury.roster-not-open',
    );
    expect(refusalCode(() => registerJurors(campaign('draft'), candidacies, foldJury(history), { source: 'single', jurors: [juror(11)] }))).toBe(
      'jury.roster-not-open',
    );
    expect(refusalCode(() => registerJurors(campaign('ranking'), candidacies, foldJury(history), { source: 'single', jurors: [juror(11)] }))).toBe(
      'jury.closed',
    );
  });

  it('revokes a credential until she votes, reissues it only while never opened', () => {
    const jury = foldJury(history);
    expect(refusalCode(() => revokeJurorCredential(campaign('jury'), jury, { jurorId: 'j1', use: { opened: true, voted: true }, reason: 'x' }))).toBe(
      'jury.juror-voted',
    );
    expect(refusalCode(() => revokeJurorCredential(campaign('jury'), jury, { jurorId: 'nobody', use: { opened: true, voted: false }, reason: 'x' }))).toBe(
      'jury.juror-not-found',
    );
    expect(refusalCode(() => revokeJurorCredential(campaign('jury'), jury, { jurorId: 'j1', use: { opened: true, voted: false }, reason: ' ' }))).toBe(
      'jury.reason-required',
    );
    apply(revokeJurorCredential(campaign('jury'), jury, { jurorId: 'j1', use: { opened: true, voted: false }, reason: '发错了人' }));
    expect(foldJury(history).jurors.get('j1')!.revoked).toBe(true);
    expect(
      refusalCode(() => revokeJurorCredential(campaign('jury'), foldJury(history), { jurorId: 'j1', use: { opened: true, voted: false }, reason: 'again' })),
    ).toBe('jury.credential-revoked');
    apply(reissueJurorCredential(campaign('jury'), foldJury(history), { jurorId: 'j2', use: { opened: false, voted: false }, codeHash: 'new' }));
    expect(foldJury(history).jurors.get('j2')!.codeHash).toBe('new');
    expect(
      refusalCode(() => reissueJurorCredential(campaign('jury'), foldJury(history), { jurorId: 'j3', use: { opened: true, voted: false }, codeHash: 'newer' })),
    ).toBe('jury.credential-opened');
  });

  it('takes a paper count only in the jury stage and only without electronic ballots', () => {
    const paper = { mode: 'approval' as const, candidateIds: ['cand-1'], approvalLimit: 1 };
    const count = { issued: 10, returned: 9, invalid: 1, candidates: [{ candidacyId: 'cand-1', approvals: 6 }] };
    expect(refusalCode(() => recordJuryPaperCount(campaign('ranking'), paper, { count, electronicBallotsReceived: 0 }))).toBe('stage.wrong');
    expect(refusalCode(() => recordJuryPaperCount(campaign('jury'), paper, { count, electronicBallotsReceived: 3 }))).toBe('jury.electronic-ballots-exist');
    expect(recordJuryPaperCount(campaign('jury'), paper, { count, electronicBallotsReceived: 0 })[0].type).toBe('JuryPaperCountRecorded');
  });

  it('records the result once, after the jury stage, with nothing pending', () => {
    const result: JuryResult = { mode: 'score', validBallots: 0, scores: [], source: 'electronic', candidateIds: [], candidates: [] };
    expect(refusalCode(() => recordJuryResult(campaign('jury'), foldJury(history), { result, pending: 0 }))).toBe('jury.not-closed');
    expect(refusalCode(() => recordJuryResult(campaign('ranking'), foldJury(history), { result, pending: 2 }))).toBe('jury.ballots-pending');
    apply(recordJuryResult(campaign('ranking'), foldJury(history), { result, pending: 0 }));
    expect(foldJury(history).result).toEqual(result);
    expect(refusalCode(() => recordJuryResult(campaign('ranking'), foldJury(history), { result, pending: 0 }))).toBe('jury.result-recorded');
  });
});

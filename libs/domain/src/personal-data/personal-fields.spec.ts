import { randomBytes } from 'node:crypto';
import { openPersonalData, personKeyOf, personKeysIn, sealPersonalData } from './personal-fields';
import { ERASED } from './sealed-envelope';

/** A candidacy's details and proposal as the candidacy form sends them. */
const candidacyDetails = () => ({
  details: {
    name: '周晓雯',
    contact: '13800000000',
    gender: 'female',
    birthYear: 1991,
    education: '本科',
    employer: '某商业银行支行',
    sector: '金融',
    employment: 'part-time',
    grassrootsFrontline: true,
    statement: '我愿意服务妇女群众',
  },
  proposal: {
    title: '巾帼创业孵化站',
    problem: '问题',
    beneficiaries: '对象',
    actions: '行动',
    milestones: '节点',
    budget: '12000.00',
    expectedOutcomes: '成效',
  },
});

const keys = new Map<string, Buffer>();
const keyOf = (id: string) => keys.get(id) ?? null;
const campaignId = 'c1';

const submitted = {
  type: 'CandidacySubmitted',
  payload: { campaignId, candidacyId: 'k1', candidateId: 'u1', ...candidacyDetails(), consent: { processing: true }, submittedAt: '2026-01-01T00:00:00.000Z' },
};
const jurors = {
  type: 'JurorsRegistered',
  payload: {
    campaignId,
    source: 'csv',
    jurors: [
      { jurorId: 'j1', name: '张三', reference: '社区-1', codeHash: 'h1' },
      { jurorId: 'j2', name: '李四', codeHash: 'h2' },
    ],
  },
};
const delegates = { type: 'CongressDelegatesRegistered', payload: { campaignId, delegates: [{ delegateId: 'D0001', name: '王五' }] } };
const objection = {
  type: 'ObjectionLodged',
  payload: { campaignId, objectionId: 'o1', text: '异议', contact: 'someone@example.org', lodgedAt: '2026-01-02T00:00:00.000Z' },
};
const events = [submitted, jurors, delegates, objection];

beforeAll(() => {
  for (const e of events) for (const k of personKeysIn(e, campaignId)) keys.set(k, randomBytes(32));
});

describe('personal data in events', () => {
  it('names one key per person: the candidacy, each juror, each delegate, the objection author', () => {
    expect(events.flatMap((e) => personKeysIn(e, campaignId))).toEqual([
      personKeyOf(campaignId, 'candidacy', 'k1'),
      'c1/juror/j1',
      'c1/juror/j2',
      'c1/delegate/D0001',
      'c1/objection/o1',
    ]);
  });

  it.each(events.map((e) => [e.type, e]))('%s: sealed, it holds no personal text; opened, it is what was recorded', (_, event) => {
    const sealed = sealPersonalData(event, campaignId, keyOf);
    expect(JSON.stringify(sealed)).not.toMatch(/周晓雯|13800000000|某商业银行|张三|社区-1|李四|王五|someone@example.org|巾帼/);
    expect(openPersonalData(sealed, campaignId, keyOf)).toEqual(event);
  });

  it('keeps in clear what results are computed from: ids, consent, quota attributes, submission time, budget', () => {
    const sealed = sealPersonalData(submitted, campaignId, keyOf).payload as any;
    expect(sealed).toMatchObject({ candidacyId: 'k1', candidateId: 'u1', consent: { processing: true }, submittedAt: '2026-01-01T00:00:00.000Z' });
    expect(sealed.details).toMatchObject({ gender: 'female', employment: 'part-time', grassrootsFrontline: true });
    expect(sealed.proposal.budget).toBe('12000.00');
    expect((sealPersonalData(jurors, campaignId, keyOf).payload as any).jurors.map((j: any) => j.codeHash)).toEqual(['h1', 'h2']);
  });

  it('reads as erased once a person’s key is gone, and only hers', () => {
    const sealed = sealPersonalData(jurors, campaignId, keyOf);
    const withoutJ1 = (id: string) => (id === 'c1/juror/j1' ? null : keyOf(id));
    expect((openPersonalData(sealed, campaignId, withoutJ1).payload as any).jurors).toEqual([
      { jurorId: 'j1', name: ERASED, reference: ERASED, codeHash: 'h1' },
      { jurorId: 'j2', name: '李四', codeHash: 'h2' },
    ]);
  });

  it('seals joint nominators under the candidate’s key; the channel and a recommending body stay in clear; erasure removes the names', () => {
    const joint = { ...submitted, payload: { ...submitted.payload, nomination: { channel: 'joint', nominators: ['赵一', '钱二', '孙三'] } } };
    const sealed = sealPersonalData(joint, campaignId, keyOf);
    expect(JSON.stringify(sealed)).not.toMatch(/赵一|钱二|孙三/);
    expect((sealed.payload as any).nomination.channel).toBe('joint');
    expect(openPersonalData(sealed, campaignId, keyOf)).toEqual(joint);
    expect((openPersonalData(sealed, campaignId, () => null).payload as any).nomination).toEqual({ channel: 'joint', nominators: ERASED });
    const recommended = { ...submitted, payload: { ...submitted.payload, nomination: { channel: 'organisation', nominatingBody: '某街道妇联' } } };
    expect((sealPersonalData(recommended, campaignId, keyOf).payload as any).nomination).toEqual({ channel: 'organisation', nominatingBody: '某街道妇联' });
  });

  it('leaves events recorded before sealing, and events without personal data, as they are', () => {
    expect(openPersonalData(submitted, campaignId, keyOf)).toEqual(submitted);
    const stage = { type: 'CampaignStageAdvanced', payload: { campaignId, from: 'draft', to: 'candidacy' } };
    expect(sealPersonalData(stage, campaignId, keyOf)).toBe(stage);
    const anonymous = { type: 'ObjectionLodged', payload: { campaignId, objectionId: 'o2', text: '无联系方式', lodgedAt: '2026-01-02T00:00:00.000Z' } };
    expect(sealPersonalData(anonymous, campaignId, keyOf)).toEqual(anonymous);
    expect(personKeysIn(anonymous, campaignId)).toEqual([]);
  });
});

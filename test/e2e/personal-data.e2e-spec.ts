import { ApiClient, candidacyBody, type Stack, startStack } from '@app/testing';
import { publishedDemoCampaign, type RankingStageCampaign } from '../fixtures/demo-campaign-fixtures';
import { demoCampaignBody } from '../../apps/demo/src/demo-campaign';

const WITHDRAWN = { name: '退出者甲', employer: '某退出单位', title: '退出项目' };
const REJECTED = { name: '落选者乙', employer: '某不合格单位', title: '不合格项目' };
const TITLE_KEPT_PRIVATE = '巾帼创业孵化站'; // 黄丽娟, elected, did not consent to publishing her project

/**
 * PIPL: consent at submission, public outputs that show only what must be published, and a person's own data.
 * Every demo candidate declines publication of her name and employer (finalists and the elected are named anyway);
 * 黄丽娟 also declines her project title. One applicant withdraws, one is refused at qualification.
 */
describe('personal data: consent, minimised public outputs, data download', () => {
  let stack: Stack;
  let campaign: RankingStageCampaign;
  let publicBase: string;

  beforeAll(async () => {
    stack = await startStack('personal_data');
    const dropout = (who: typeof WITHDRAWN) => candidacyBody(who.name, { details: { employer: who.employer }, proposal: { title: who.title } });
    campaign = await publishedDemoCampaign(
      stack.baseUrl,
      'pipl',
      (c) => ({ ...c.body, consent: { processing: true, publishName: false, publishEmployer: false, publishProjectTitle: c.name !== '黄丽娟' } }),
      [
        { userId: 'pipl-withdrawn', body: dropout(WITHDRAWN) as any, fate: 'withdrawn' },
        { userId: 'pipl-rejected', body: dropout(REJECTED) as any, fate: 'rejected' },
      ],
    );
    publicBase = `/public/campaigns/${campaign.campaignId}`;
  }, 400_000);

  afterAll(() => stack?.stop());

  describe('consent at submission', () => {
    let base: string;
    beforeAll(async () => {
      const organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'pipl-consent-organiser');
      const created = await organiser.command('POST', '/campaigns', { ...demoCampaignBody(), title: '同意测试' });
      base = `/campaigns/${created.body.result.campaignId}`;
      expect((await organiser.command('POST', `${base}/candidacy/open`)).status).toBe(200);
    });

    it('refuses a candidacy without consent to processing, naming the field, and records nothing', async () => {
      const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], 'pipl-no-consent', '无同意');
      const { consent: _none, ...withoutConsent } = candidacyBody('无同意');
      const missing = await candidate.command('POST', `${base}/candidacies`, withoutConsent);
      expect(missing.status).toBe(400);
      expect(missing.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'consent' })]));
      const declined = await candidate.command('POST', `${base}/candidacies`, candidacyBody('无同意', { consent: { processing: false } }));
      expect(declined.status).toBe(400);
      expect(declined.body.errors).toEqual([expect.objectContaining({ field: 'consent.processing', rule: 'equals' })]);
      expect((await candidate.get(`${base}/candidacies`)).body).toEqual([]);
    });

    it('records each consent in CandidacySubmitted and a change of mind as an edit', async () => {
      const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], 'pipl-consents', '有同意');
      const consent = { processing: true, publishName: true, publishEmployer: false, publishProjectTitle: true };
      const submitted = await candidate.command('POST', `${base}/candidacies`, candidacyBody('有同意', { consent }));
      expect(submitted.status).toBe(200);
      const candidacyId = submitted.body.result.candidacyId;
      expect((await candidate.get(`/candidacies/${candidacyId}`)).body.consent).toEqual(consent);
      const changed = { ...consent, publishEmployer: true, publishName: false };
      expect((await candidate.command('PUT', `/candidacies/${candidacyId}`, candidacyBody('有同意', { consent: changed }))).status).toBe(200);
      expect((await candidate.get(`/candidacies/${candidacyId}`)).body.consent).toEqual(changed);
      const events = (await stack.pool.query(`SELECT type, payload FROM events WHERE payload->>'candidacyId' = $1 ORDER BY seq`, [candidacyId])).rows;
      expect(events.map((e) => [e.type, e.payload.consent])).toEqual([
        ['CandidacySubmitted', consent],
        ['CandidacyEdited', changed],
      ]);
    });
  });

  describe('public result, notice and CSV', () => {
    const everyPublicOutput = async () => {
      const anonymous = campaign.organiser.anonymous();
      const json = await anonymous.get(`${publicBase}/results`);
      const notice = await fetch(`${stack.baseUrl}${publicBase}/notice`);
      const csv = await fetch(`${stack.baseUrl}${publicBase}/results.csv`);
      expect([json.status, notice.status, csv.status]).toEqual([200, 200, 200]);
      return { view: json.body, outputs: { json: JSON.stringify(json.body), notice: await notice.text(), csv: await csv.text() } };
    };

    it('never name an applicant who withdrew or was refused, nor show anyone’s unconsented employer or project', async () => {
      const { outputs } = await everyPublicOutput();
      for (const [what, text] of Object.entries(outputs)) {
        for (const secret of [WITHDRAWN.name, WITHDRAWN.employer, WITHDRAWN.title, REJECTED.name, REJECTED.employer, REJECTED.title, TITLE_KEPT_PRIVATE]) {
          expect(`${what}: ${text.includes(secret) ? secret : ''}`).toBe(`${what}: `);
        }
        for (const employer of ['某商业银行支行', '某服饰有限公司', '某农业科学研究所', '某律师事务所', '某文化传媒公司']) {
          expect(`${what}: ${text.includes(employer) ? employer : ''}`).toBe(`${what}: `);
        }
      }
    });

    it('list the qualified candidates: finalists and the elected by name, the others by name only with consent', async () => {
      const { view, outputs } = await everyPublicOutput();
      const organiserView = (await campaign.organiser.get(`/campaigns/${campaign.campaignId}/results`)).body;
      const statusOf = new Map<string, string>(organiserView.lines.map((l: any) => [l.candidacyId, l.status]));
      expect(view.lines.map((l: any) => l.status).sort()).toEqual(
        organiserView.lines
          .map((l: any) => l.status)
          .filter((s: string) => !['withdrawn', 'not-qualified', 'failed-inspection'].includes(s))
          .sort(),
      );
      const notShortlisted = view.lines.filter((l: any) => statusOf.get(l.candidacyId) === 'not-shortlisted');
      expect(notShortlisted.length).toBeGreaterThan(0);
      for (const l of notShortlisted) {
        expect(l).toMatchObject({ name: null, employer: null });
        expect(outputs.notice).not.toContain(campaign.nameOf.get(l.candidacyId));
        expect(outputs.csv).not.toContain(campaign.nameOf.get(l.candidacyId));
      }
      const elected = view.lines.filter((l: any) => l.status === 'elected');
      expect(elected.map((l: any) => l.name).sort()).toEqual(['吴敏', '周晓雯', '孙慧', '林淑芬', '黄丽娟'].sort());
      expect(elected.find((l: any) => l.name === '黄丽娟').projectTitle).toBeNull();
      expect(outputs.notice).toContain('黄丽娟');
      expect(outputs.csv).toContain('网上妇女之家'); // 刘佳 consented to her project title
    });

    it('still show the organiser everything, withdrawn and refused applicants included', async () => {
      const organiserView = (await campaign.organiser.get(`/campaigns/${campaign.campaignId}/results`)).body;
      const text = JSON.stringify(organiserView);
      for (const secret of [WITHDRAWN.name, REJECTED.name, REJECTED.employer, TITLE_KEPT_PRIVATE, '某文化传媒公司']) expect(text).toContain(secret);
    });
  });

  describe('a person’s own data', () => {
    it('gives her every candidacy with every event about it, and nothing about anyone else', async () => {
      const her = await ApiClient.login(stack.baseUrl, ['candidate'], 'pipl-candidate-03', '黄丽娟');
      const res = await her.get('/me/data');
      expect(res.status).toBe(200);
      expect(res.body.account).toMatchObject({ id: 'pipl-candidate-03', name: '黄丽娟' });
      expect(res.body.candidacies).toHaveLength(1);
      const [candidacy] = res.body.candidacies;
      expect(candidacy).toMatchObject({
        campaignId: campaign.campaignId,
        name: '黄丽娟',
        details: { employer: '某服饰有限公司' },
        consent: { publishProjectTitle: false },
      });
      expect(candidacy.events.map((e: any) => e.type)).toEqual(
        expect.arrayContaining(['CandidacySubmitted', 'CandidacyQualificationDecided', 'ScoreSheetSubmitted', 'PanelGradeRecorded']),
      );
      const text = JSON.stringify(res.body);
      for (const other of ['周晓雯', '吴敏', WITHDRAWN.name, '某商业银行支行', 'pipl-expert']) expect(text).not.toContain(other);
      expect(text).not.toMatch(/password|totp|refresh_token|token_hash/i);
    });

    it('records a request for erasure and answers when it can be done: after the retention period that follows certification', async () => {
      const her = await ApiClient.login(stack.baseUrl, ['candidate'], 'pipl-candidate-03', '黄丽娟');
      const early = await her.request('POST', '/me/erasure-request', undefined, { 'idempotency-key': 'erase-1' });
      expect(early.status).toBe(200);
      expect(early.body).toMatchObject({ erasableFrom: null, pending: 'campaign-not-certified' });
      expect((await campaign.organiser.command('POST', `/campaigns/${campaign.campaignId}/results/certify`)).status).toBe(200);
      const certifiedAt = (await campaign.organiser.get(`/campaigns/${campaign.campaignId}/results`)).body.certifiedAt;
      const later = await her.request('POST', '/me/erasure-request', undefined, { 'idempotency-key': 'erase-2' });
      expect(later.status).toBe(200);
      expect(later.body).toEqual({ requestedAt: early.body.requestedAt, erasableFrom: new Date(Date.parse(certifiedAt) + 1095 * 86_400_000).toISOString() });
      expect((await her.get('/me/data')).body.erasureRequest).toEqual(later.body);
      const rows = (await stack.pool.query(`SELECT person_id FROM erasure_requests`)).rows;
      expect(rows).toEqual([{ person_id: 'pipl-candidate-03' }]);
    });
  });
});

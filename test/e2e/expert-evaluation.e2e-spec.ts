import type { Role } from '@app/domain';
import { ApiClient, type ApiResponse, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';

/**
 * Expert evaluation end to end (DOMAIN.md stages 4 and 5), through HTTP, BullMQ, the worker and PostgreSQL:
 * five experts score six qualified candidates on the default rubric (30/25/20/15/10, step 0.5) with blind review on.
 * Expert E2 recuses herself from C3; E5 is assigned to C1–C5 only; E3's sheet for C1 is unlocked and re-submitted.
 */

/** Records the raw text of every answer an expert gets, so the blind-review check reads exactly what was sent. */
class RecordingClient extends ApiClient {
  readonly seen: string[] = [];

  static async as(baseUrl: string, roles: Role[], userId: string, name?: string): Promise<RecordingClient> {
    const plain = await ApiClient.login(baseUrl, roles, userId, name);
    return new RecordingClient(baseUrl, plain.token, userId);
  }

  override async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), authorization: `Bearer ${this.token}`, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    this.seen.push(text);
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* keep the text */
    }
    return { status: res.status, body: parsed as T };
  }
}

/** Who the candidates are: every name, employer and contact is distinct so that any leak is found. */
const PEOPLE = [
  { key: 'C1', userId: 'cand-zhou', name: '周晓雯', employer: '某商业银行城南支行', contact: '138-1111-0001' },
  { key: 'C2', userId: 'cand-lin', name: '林淑芬', employer: '城关第二小学', contact: '138-1111-0002' },
  { key: 'C3', userId: 'cand-huang', name: '黄丽娟', employer: '丽娟家政服务有限公司', contact: '138-1111-0003' },
  { key: 'C4', userId: 'cand-chen', name: '陈美玲', employer: '区人民医院护理部', contact: '138-1111-0004' },
  { key: 'C5', userId: 'cand-wu', name: '吴静怡', employer: '东街社区卫生服务中心', contact: '138-1111-0005' },
  { key: 'C6', userId: 'cand-zheng', name: '郑秀英', employer: '县农业技术推广站', contact: '138-1111-0006' },
  { key: 'C7', userId: 'cand-zhao', name: '赵敏华', employer: '某科技有限公司', contact: '138-1111-0007' }, // rejected in qualification
] as const;

const EXPERTS = [
  { key: 'E1', userId: 'expert-wang', name: '王教授' },
  { key: 'E2', userId: 'expert-li', name: '李研究员' },
  { key: 'E3', userId: 'expert-zhang', name: '张主任' },
  { key: 'E4', userId: 'expert-liu', name: '刘老师' },
  { key: 'E5', userId: 'expert-sun', name: '孙律师' },
] as const;

const CRITERIA = ['needs-fit', 'feasibility', 'innovation', 'sustainability', 'presentation'] as const;
type Row = readonly [number, number, number, number, number];
const sheet = (row: Row) => Object.fromEntries(CRITERIA.map((k, i) => [k, String(row[i])]));

/**
 * The sheets that finally count, criterion by criterion (max 30/25/20/15/10), with their totals.
 * E2 has no sheet for C3 (recused); E5 none for C6 (not assigned).
 */
const SHEETS: Record<string, Record<string, { row: Row; total: string }>> = {
  C1: {
    E1: { row: [25.5, 21, 17, 13, 8.5], total: '85' },
    E2: { row: [24.5, 20, 16, 12, 8], total: '80.5' },
    E3: { row: [23.5, 19.5, 15.5, 11.5, 8], total: '78' }, // first submitted as 58 (below), unlocked, then this
    E4: { row: [27, 22.5, 18, 13.5, 9], total: '90' },
    E5: { row: [21.5, 18, 14.5, 11, 7], total: '72' },
  },
  C2: {
    E1: { row: [21, 17.5, 14, 10.5, 7], total: '70' },
    E2: { row: [22, 18.5, 15, 11, 7.5], total: '74' },
    E3: { row: [20.5, 17, 13.5, 10.5, 7], total: '68.5' },
    E4: { row: [23.5, 19, 15.5, 11.5, 7.5], total: '77' },
    E5: { row: [12, 10, 8, 6, 4], total: '40' },
  },
  C3: {
    E1: { row: [26.5, 22, 17.5, 13, 9], total: '88' },
    E3: { row: [27.5, 23, 18.5, 14, 9], total: '92' },
    E4: { row: [28.5, 24, 19, 14.5, 9.5], total: '95.5' },
    E5: { row: [27, 22.5, 18, 13.5, 9], total: '90' },
  },
  C4: {
    E1: { row: [18, 15, 12, 9, 6], total: '60' },
    E2: { row: [19.5, 16, 13, 10, 6.5], total: '65' },
    E3: { row: [19, 15.5, 12.5, 9.5, 6], total: '62.5' },
    E4: { row: [17.5, 14.5, 11.5, 8.5, 6], total: '58' },
    E5: { row: [20, 16.5, 13, 10, 6.5], total: '66' },
  },
  C5: {
    E1: { row: [24.5, 20.5, 16.5, 12.5, 8], total: '82' },
    E2: { row: [23, 20, 16, 12, 8], total: '79' },
    E3: { row: [25.5, 21, 17, 13, 8.5], total: '85' },
    E4: { row: [26.5, 22, 17.5, 13, 9], total: '88' },
    E5: { row: [25, 20, 16, 12, 8], total: '81' },
  },
  C6: {
    E1: { row: [16.5, 14, 11, 8, 5.5], total: '55' },
    E2: { row: [18.5, 15.5, 12.5, 9, 6], total: '61.5' },
    E3: { row: [17.5, 14.5, 11.5, 8.5, 6], total: '58' },
    E4: { row: [19, 16, 13, 9.5, 6.5], total: '64' },
  },
};
const E3_C1_FIRST: Row = [17.5, 14.5, 11.5, 8.5, 6]; // total 58, a slip the organiser lets her correct

describe('expert evaluation (api → BullMQ → worker → PostgreSQL)', () => {
  let stack: Stack;
  let organiser: ApiClient;
  const experts = new Map<string, RecordingClient>();
  const cid = new Map<string, string>(); // C1..C7 → candidacy id
  let campaignId: string;
  let base: string;

  const E = (key: string) => experts.get(key)!;
  const C = (key: string) => cid.get(key)!;
  const eventCount = async () => (await stack.pool.query(`SELECT count(*)::int AS n FROM events WHERE campaign_id = $1`, [campaignId])).rows[0].n as number;
  const storedScores = async () => {
    const { rows } = await stack.pool.query(`SELECT candidacy_id, score::text AS score, sheet_count FROM project_review_scores WHERE campaign_id = $1`, [
      campaignId,
    ]);
    const byId = new Map(rows.map((r) => [r.candidacy_id, `${r.score}/${r.sheet_count}`]));
    return Object.fromEntries(['C1', 'C2', 'C3', 'C4', 'C5', 'C6'].map((k) => [k, byId.get(C(k)) ?? null]));
  };
  const submit = (expert: string, candidate: string, row: Row) =>
    E(expert).command('POST', `${base}/candidacies/${C(candidate)}/sheet/submit`, { scores: sheet(row), comment: `${expert} on ${candidate}` });

  beforeAll(async () => {
    stack = await startStack('evaluation');
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-li', '李主任');
    for (const e of EXPERTS) experts.set(e.key, await RecordingClient.as(stack.baseUrl, ['expert'], e.userId, e.name));

    const created = await organiser.command('POST', '/campaigns', campaignBody({ blindReview: true }));
    expect(created.status).toBe(200);
    campaignId = created.body.result.campaignId;
    base = `/campaigns/${campaignId}/evaluation`;
    expect((await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`)).status).toBe(200);
    for (const p of PEOPLE) {
      const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], p.userId);
      const body = candidacyBody(p.name, {
        details: { employer: p.employer, contact: p.contact },
        // C1 names herself in her proposal: blind review must scrub it.
        proposal: p.key === 'C1' ? { actions: `由${p.name}牵头，联合${p.employer}志愿者开展理财课堂。` } : { title: `${p.key} 妇女互助项目` },
      });
      const res = await candidate.command('POST', `/campaigns/${campaignId}/candidacies`, body);
      expect(res.status).toBe(200);
      cid.set(p.key, res.body.result.candidacyId);
    }
    expect((await organiser.command('POST', `/campaigns/${campaignId}/candidacy/close`)).status).toBe(200);
    for (const p of PEOPLE) {
      const decision = p.key === 'C7' ? { decision: 'rejected', reason: '项目书不完整' } : { decision: 'accepted', reason: '符合条件' };
      expect((await organiser.command('POST', `/candidacies/${C(p.key)}/qualification`, decision)).status).toBe(200);
    }
  });

  afterAll(() => stack?.stop());

  it('builds the panel: all-to-all by default, a subset for E5, and never a candidate of the campaign', async () => {
    for (const e of EXPERTS) {
      const body =
        e.key === 'E5' ? { expertId: e.userId, name: e.name, candidacyIds: ['C1', 'C2', 'C3', 'C4', 'C5'].map(C) } : { expertId: e.userId, name: e.name };
      const res = await organiser.command('POST', `${base}/experts`, body);
      expect(res.status).toBe(200);
    }
    const candidateAsExpert = await organiser.command('POST', `${base}/experts`, { expertId: 'cand-lin', name: '林淑芬' });
    expect(candidateAsExpert.status).toBe(422);
    expect(candidateAsExpert.body.code).toBe('panel.expert-is-candidate');
    const twice = await organiser.command('POST', `${base}/experts`, { expertId: 'expert-wang', name: '王教授' });
    expect(twice.status).toBe(409);

    const panel = await organiser.get(`${base}/panel`);
    expect(panel.status).toBe(200);
    expect(panel.body.experts.map((e: any) => [e.expertId, e.scope, e.assignedCandidacyIds.length])).toEqual([
      ['expert-wang', 'all', 6],
      ['expert-li', 'all', 6],
      ['expert-zhang', 'all', 6],
      ['expert-liu', 'all', 6],
      ['expert-sun', 'selected', 5],
    ]);

    // Project review opens through the generic stage command; it closes only through its own command.
    expect((await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'project-review' })).status).toBe(200);
    const generic = await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'panel-opinion' });
    expect(generic.status).toBe(409);
    expect(generic.body.code).toBe('stage.use-close-project-review');
    expect(generic.body.message).toContain('/evaluation/project-review/close');
  });

  it('shows each expert her own assignments, blind: the proposal without name, employer or contact', async () => {
    const mine = await E('E5').get(`${base}/assignments/mine`);
    expect(mine.status).toBe(200);
    expect(mine.body.blind).toBe(true);
    // A blind expert refers to a project by its number, which the UI words in the reader's language (项目 1).
    expect(mine.body.assignments.map((a: any) => [a.candidacyId, a.numberedAs, a.number, a.label, a.candidate])).toEqual(
      ['C1', 'C2', 'C3', 'C4', 'C5'].map((k, i) => [C(k), 'project', i + 1, `Project ${i + 1}`, null]),
    );
    const c1 = mine.body.assignments[0];
    expect(c1.proposal.actions).toBe('由〔已隐去 redacted〕牵头，联合〔已隐去 redacted〕志愿者开展理财课堂。');
    expect((await E('E1').get(`${base}/assignments/mine`)).body.assignments).toHaveLength(6);
    // Someone with the expert role but not on this panel sees nothing.
    const outsider = await ApiClient.login(stack.baseUrl, ['expert'], 'expert-outsider');
    expect((await outsider.get(`${base}/assignments/mine`)).status).toBe(403);
    // The organiser always sees everything.
    const full = await organiser.get(`${base}/candidacies/${C('C1')}`);
    expect(full.body.candidate.name).toBe('周晓雯');
    expect(full.body.proposal.actions).toContain('周晓雯');
  });

  it('recuses an expert who declares a conflict: she can neither score nor see that candidate’s scores', async () => {
    const declared = await E('E2').command('POST', `${base}/candidacies/${C('C3')}/conflict-of-interest`, { reason: '与该候选人为同一单位前同事' });
    expect(declared.status).toBe(200);
    expect(declared.body.result).toEqual({ expertId: 'expert-li', candidacyId: C('C3'), recused: true });

    const before = await eventCount();
    const draft = await E('E2').command('PUT', `${base}/candidacies/${C('C3')}/sheet`, { scores: { 'needs-fit': '20' } });
    expect(draft.status).toBe(403);
    expect(draft.body.code).toBe('assignment.recused');
    const scoring = await submit('E2', 'C3', SHEETS.C1.E2.row);
    expect(scoring.status).toBe(403);
    expect((await E('E2').get(`${base}/candidacies/${C('C3')}/sheets`)).status).toBe(403);
    expect(await eventCount()).toBe(before);

    const panel = await organiser.get(`${base}/panel`);
    expect(panel.body.experts[1].recusals).toEqual([{ candidacyId: C('C3'), reason: '与该候选人为同一单位前同事', declaredBy: 'expert' }]);
  });

  it('refuses scoring an unassigned candidate (403), a rejected one (409), or by someone off the panel (403)', async () => {
    const before = await eventCount();
    const unassigned = await submit('E5', 'C6', SHEETS.C6.E4.row);
    expect(unassigned.status).toBe(403);
    expect(unassigned.body.code).toBe('assignment.not-assigned');
    const rejected = await submit('E1', 'C7', SHEETS.C6.E4.row);
    expect(rejected.status).toBe(409);
    expect(rejected.body.code).toBe('candidacy.not-qualified');
    const outsider = await ApiClient.login(stack.baseUrl, ['expert'], 'expert-outsider');
    const off = await outsider.command('POST', `${base}/candidacies/${C('C1')}/sheet/submit`, { scores: sheet(SHEETS.C1.E1.row) });
    expect(off.status).toBe(403);
    expect(off.body.code).toBe('panel.not-a-member');
    const panelGradeTooEarly = await E('E1').command('PUT', `${base}/candidacies/${C('C1')}/panel-grade`, { grade: 'good', opinion: '尚未答辩' });
    expect(panelGradeTooEarly.status).toBe(409);
    expect(panelGradeTooEarly.body.code).toBe('stage.wrong');
    expect(await eventCount()).toBe(before);
  });

  it('refuses out-of-range, wrong-step and unknown-criterion scores (4xx) and changes nothing', async () => {
    const draft = await E('E1').command('PUT', `${base}/candidacies/${C('C1')}/sheet`, { scores: { 'needs-fit': '25.5', feasibility: 21 }, comment: '初稿' });
    expect(draft.status).toBe(200);
    const sheetRow = async () =>
      (await stack.pool.query(`SELECT status, scores, comment, total FROM score_sheets WHERE candidacy_id = $1 AND expert_id = 'expert-wang'`, [C('C1')])).rows;
    const saved = await sheetRow();
    expect(saved).toEqual([{ status: 'draft', scores: { 'needs-fit': '25.5', feasibility: '21' }, comment: '初稿', total: null }]);
    const events = await eventCount();

    // Each bad score goes alone into a draft, and into an otherwise complete sheet on submit.
    const cases: [string, unknown, number, string | undefined][] = [
      ['above the maximum', { 'needs-fit': '30.5' }, 422, 'score.out-of-range'],
      ['negative', { presentation: -1 }, 422, 'score.out-of-range'],
      ['off the 0.5 step', { innovation: '12.3' }, 422, 'score.wrong-step'],
      ['an unknown criterion', { creativity: '5' }, 422, 'score.unknown-criterion'],
      ['not numeric', { feasibility: 'twenty' }, 422, 'score.not-a-number'],
      ['a malformed criterion key', { 'Needs Fit': 20 }, 400, undefined],
      ['scores not an object', 'all good', 400, undefined],
    ];
    for (const [label, bad, status, code] of cases) {
      for (const path of ['sheet', 'sheet/submit']) {
        const scores = typeof bad === 'object' && path === 'sheet/submit' ? { ...sheet(SHEETS.C1.E1.row), ...bad } : bad;
        const res = await E('E1').command(path === 'sheet' ? 'PUT' : 'POST', `${base}/candidacies/${C('C1')}/${path}`, { scores });
        expect([label, path, res.status]).toEqual([label, path, status]);
        if (code) expect([label, res.body.code]).toEqual([label, code]);
        expect(res.body.message).toBeTruthy();
      }
    }
    // A submit needs every criterion: the draft alone is incomplete.
    const incomplete = await E('E1').command('POST', `${base}/candidacies/${C('C1')}/sheet/submit`, {});
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.code).toBe('score.missing-criterion');

    expect(await eventCount()).toBe(events);
    expect(await sheetRow()).toEqual(saved);
  });

  it('hides other experts’ scores from an expert until she has submitted her own sheet for that candidate', async () => {
    // E2 submits C1 first, so there is something to hide.
    expect((await submit('E2', 'C1', SHEETS.C1.E2.row)).status).toBe(200);
    const hidden = await E('E1').get(`${base}/candidacies/${C('C1')}/sheets`);
    expect(hidden.status).toBe(403);
    expect(hidden.body.code).toBe('sheets.hidden-until-submitted');
    expect(JSON.stringify(hidden.body)).not.toContain('80.5');

    // E1 completes her draft and submits it without re-sending the scores.
    const completed = await E('E1').command('PUT', `${base}/candidacies/${C('C1')}/sheet`, { scores: sheet(SHEETS.C1.E1.row), comment: '需求契合度高' });
    expect(completed.status).toBe(200);
    const submitted = await E('E1').command('POST', `${base}/candidacies/${C('C1')}/sheet/submit`, {});
    expect(submitted.status).toBe(200);
    expect(submitted.body.result).toEqual({ candidacyId: C('C1'), status: 'submitted', total: '85' });

    const visible = await E('E1').get(`${base}/candidacies/${C('C1')}/sheets`);
    expect(visible.status).toBe(200);
    expect(visible.body.mine.total).toBe('85');
    expect(visible.body.sheets.map((s: any) => [s.expertId, s.total])).toEqual([['expert-li', '80.5']]);
    expect(visible.body.projectReviewScore).toBe('82.75'); // (85 + 80.5) / 2

    // Submitted sheets are locked.
    const again = await submit('E1', 'C1', SHEETS.C1.E1.row);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('sheet.already-submitted');
    const redraft = await E('E1').command('PUT', `${base}/candidacies/${C('C1')}/sheet`, { scores: { 'needs-fit': 1 } });
    expect(redraft.status).toBe(409);
    expect(redraft.body.code).toBe('sheet.locked');
  });

  it('stores each candidacy’s project review score as the sheets come in', async () => {
    const done = new Set(['E1:C1', 'E2:C1']);
    await Promise.all(
      EXPERTS.map(async ({ key: e }) => {
        for (const [c, byExpert] of Object.entries(SHEETS)) {
          if (!byExpert[e] || done.has(`${e}:${c}`)) continue;
          const row = e === 'E3' && c === 'C1' ? E3_C1_FIRST : byExpert[e].row;
          const res = await submit(e, c, row);
          expect([e, c, res.status, res.body.result?.total]).toEqual([e, c, 200, e === 'E3' && c === 'C1' ? '58' : byExpert[e].total]);
        }
      }),
    );
    // By hand (trimmed mean: with ≥ 5 sheets one highest and one lowest go; 2 places, half up):
    //   C1: 85, 80.5, 58, 90, 72   → drop 58, 90 → (85 + 80.5 + 72) / 3 = 237.5 / 3 = 79.1666… → 79.17
    //   C2: 70, 74, 68.5, 77, 40    → drop 40, 77 → (70 + 74 + 68.5) / 3 = 212.5 / 3 = 70.8333… → 70.83
    //   C3: 88, 92, 95.5, 90 (E2 recused: 4 sheets, plain mean) = 365.5 / 4 = 91.375 → 91.38
    //   C4: 60, 65, 62.5, 58, 66    → drop 58, 66 → 187.5 / 3 = 62.5 → 62.50
    //   C5: 82, 79, 85, 88, 81      → drop 79, 88 → 248 / 3 = 82.666… → 82.67
    //   C6: 55, 61.5, 58, 64 (E5 not assigned) = 238.5 / 4 = 59.625 → 59.63
    expect(await storedScores()).toEqual({
      C1: '79.17/5',
      C2: '70.83/5',
      C3: '91.38/4',
      C4: '62.50/5',
      C5: '82.67/5',
      C6: '59.63/4',
    });
    const missing = await organiser.get(`${base}/missing-sheets`);
    expect(missing.body).toMatchObject({ complete: true, missingCount: 0 });
  });

  it('unlocks one sheet with a written reason; closing is refused until it is submitted again', async () => {
    const unlocked = await organiser.command('POST', `${base}/candidacies/${C('C1')}/sheets/expert-zhang/unlock`, {
      reason: '专家申请更正：创新性一项录入有误',
    });
    expect(unlocked.status).toBe(200);
    // C1 now counts 4 sheets: 85, 80.5, 90, 72 → 327.5 / 4 = 81.875 → 81.88
    expect((await storedScores()).C1).toBe('81.88/4');

    const missing = await organiser.get(`${base}/missing-sheets`);
    expect(missing.body.complete).toBe(false);
    expect(missing.body.experts.filter((e: any) => e.missing.length).map((e: any) => [e.expertId, e.missing.map((m: any) => [m.name, m.sheetStatus])])).toEqual(
      [['expert-zhang', [['周晓雯', 'unlocked']]]],
    );
    const close = await organiser.command('POST', `${base}/project-review/close`, {});
    expect(close.status).toBe(409);
    expect(close.body.code).toBe('project-review.incomplete');
    expect(close.body.message).toContain(`expert-zhang → ${C('C1')}`);

    const mine = await E('E3').get(`${base}/assignments/mine`);
    expect(mine.body.assignments[0].sheet).toMatchObject({ status: 'unlocked', unlockCount: 1, lastUnlockReason: '专家申请更正：创新性一项录入有误' });
    const resubmitted = await submit('E3', 'C1', SHEETS.C1.E3.row);
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.result.total).toBe('78');

    // C1: 85, 80.5, 78, 90, 72 → drop 72, 90 → (85 + 80.5 + 78) / 3 = 243.5 / 3 = 81.1666… → 81.17
    expect(await storedScores()).toEqual({
      C1: '81.17/5',
      C2: '70.83/5',
      C3: '91.38/4',
      C4: '62.50/5',
      C5: '82.67/5',
      C6: '59.63/4',
    });
    const scores = await organiser.get(`${base}/project-review-scores`);
    expect(scores.body.candidacies.map((c: any) => [c.name, c.score, c.sheetCount, c.expectedSheets, c.complete])).toEqual([
      ['周晓雯', '81.17', 5, 5, true],
      ['林淑芬', '70.83', 5, 5, true],
      ['黄丽娟', '91.38', 4, 4, true],
      ['陈美玲', '62.50', 5, 5, true],
      ['吴静怡', '82.67', 5, 5, true],
      ['郑秀英', '59.63', 4, 4, true],
    ]);
  });

  it('gives the organiser rater statistics for this data set', async () => {
    const res = await organiser.get(`${base}/statistics`);
    expect(res.status).toBe(200);
    const s = res.body;
    expect(s.outlierDistance).toBe('15');
    expect(s.sheetCount).toBe(28);
    // Population SD, e.g. C4: mean 62.3, deviations −2.3, 2.7, 0.2, −4.3, 3.7 → Σ² = 44.8 → √(44.8/5) = 2.993… → 2.99
    expect(s.candidates.map((c: any) => [c.name, c.sheetCount, c.min, c.max, c.standardDeviation, c.trimmedMean, c.projectReviewScore])).toEqual([
      ['周晓雯', 5, '72', '90', '6.12', '81.17', '81.17'],
      ['林淑芬', 5, '40', '77', '13.29', '70.83', '70.83'],
      ['黄丽娟', 4, '88', '95.5', '2.77', '91.38', '91.38'],
      ['陈美玲', 5, '58', '66', '2.99', '62.50', '62.50'],
      ['吴静怡', 5, '79', '88', '3.16', '82.67', '82.67'],
      ['郑秀英', 4, '55', '64', '3.42', '59.63', '59.63'],
    ]);
    // Mean offset from each candidate's (exact) trimmed mean, e.g. E4: (90 − 81.1667) + (77 − 70.8333) + (95.5 − 91.375)
    //   + (58 − 62.5) + (88 − 82.6667) + (64 − 59.625) = 24.375 / 6 = 4.0625 → 4.06
    expect(s.experts.map((e: any) => [e.expertId, e.candidateCount, e.meanOffset])).toEqual([
      ['expert-wang', 6, '-1.36'],
      ['expert-li', 5, '0.64'],
      ['expert-zhang', 6, '-0.69'],
      ['expert-liu', 6, '4.06'],
      ['expert-sun', 5, '-7.91'],
    ]);
    // Kendall's W over the candidates all five scored (C1, C2, C4, C5; C3 and C6 each lack one expert):
    //   ranks per expert (1 = best): E1 1,3,4,2  E2 1,3,4,2  E3 2,3,4,1  E4 1,3,4,2  E5 2,4,3,1
    //   rank sums R = 7, 16, 19, 8; mean m(n+1)/2 = 12.5; S = 5.5² + 3.5² + 6.5² + 4.5² = 105
    //   W = 12·S / (m²(n³ − n)) = 1260 / (25 · 60) = 0.84
    expect(s.kendallsW).toBe('0.8400');
    expect(s.kendallsWCandidacyIds).toEqual(['C1', 'C2', 'C4', 'C5'].map(C));
    // C2's trimmed mean is 70.8333…; E5's 40 lies 30.83 away (> 15): the only outlier.
    expect(s.outliers).toEqual([{ expertId: 'expert-sun', candidacyId: C('C2'), total: '40', trimmedMean: '70.83', distance: '30.83' }]);

    const tighter = await organiser.get(`${base}/statistics?outlierDistance=8`);
    expect(tighter.body.outliers.map((o: any) => [o.expertId, o.candidacyId, o.distance])).toEqual([
      ['expert-liu', C('C1'), '8.83'],
      ['expert-sun', C('C1'), '9.17'],
      ['expert-sun', C('C2'), '30.83'],
    ]);
    expect((await organiser.get(`${base}/statistics?outlierDistance=-3`)).status).toBe(400);
    expect((await E('E1').get(`${base}/statistics`)).status).toBe(403);
  });

  it('never shows an expert the identity of a candidate while blind review applies', async () => {
    // A few more expert-facing reads, then every answer any expert received so far is checked as raw text.
    for (const { key } of EXPERTS) {
      await E(key).get(`${base}/assignments/mine`);
      for (const c of ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7']) {
        await E(key).get(`${base}/candidacies/${C(c)}`);
        await E(key).get(`${base}/candidacies/${C(c)}/sheets`);
      }
    }
    const seen = EXPERTS.flatMap(({ key }) => E(key).seen);
    expect(seen.length).toBeGreaterThan(100);
    const leaks = PEOPLE.flatMap((p) => [p.name, p.employer, p.contact, p.userId].filter((text) => seen.some((body) => body.includes(text))));
    expect(leaks).toEqual([]);
    // The candidacies are there all the same, under their labels.
    expect(seen.some((body) => body.includes(C('C3')) && body.includes('Project 3'))).toBe(true);
  });

  it('closes project review when every non-recused assignment is submitted; scoring afterwards is refused with the reason', async () => {
    const close = await organiser.command('POST', `${base}/project-review/close`, {});
    expect(close.status).toBe(200);
    expect(close.body.result).toEqual({ campaignId, stage: 'panel-opinion', missingSheets: 0 });
    expect((await organiser.get(`/campaigns/${campaignId}`)).body.stage).toBe('panel-opinion');

    const before = await eventCount();
    const late = await submit('E5', 'C2', SHEETS.C2.E4.row);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('stage.wrong');
    expect(late.body.message).toBe('Cannot submit a score sheet: the campaign is in stage "panel-opinion" (allowed: project-review).');
    const lateUnlock = await organiser.command('POST', `${base}/candidacies/${C('C2')}/sheets/expert-sun/unlock`, { reason: '太迟了' });
    expect(lateUnlock.status).toBe(409);
    expect(await eventCount()).toBe(before);
    expect((await storedScores()).C2).toBe('70.83/5');

    // Blind review ends with the stage: experts now see who the candidates are.
    const mine = await E('E1').get(`${base}/assignments/mine`);
    expect(mine.body.blind).toBe(false);
    expect(mine.body.assignments.map((a: any) => a.candidate.name)).toEqual(['周晓雯', '林淑芬', '黄丽娟', '陈美玲', '吴静怡', '郑秀英']);
  });

  it('records the panel opinion: the majority grade of the panel (ties: the lower), priced 100 / 85 / 70 / 50', async () => {
    const grades: Record<string, Record<string, string>> = {
      C1: { E1: 'excellent', E2: 'excellent', E3: 'good', E4: 'excellent', E5: 'good' }, // 3 excellent → excellent
      C2: { E1: 'good', E2: 'fair', E3: 'good', E4: 'fair', E5: 'poor' }, // 2 good, 2 fair → the lower: fair
      C3: { E1: 'excellent', E3: 'excellent', E4: 'good', E5: 'good' }, // E2 recused; 2–2 → good
      C4: { E1: 'fair', E2: 'fair', E3: 'poor', E4: 'fair', E5: 'good' },
      C5: { E1: 'good', E2: 'good', E3: 'excellent', E4: 'good', E5: 'good' },
      C6: { E1: 'poor', E2: 'fair', E3: 'poor', E4: 'fair', E5: 'poor' }, // E5 grades C6 too: the panel hears every defence
    };
    for (const [c, byExpert] of Object.entries(grades)) {
      for (const [e, grade] of Object.entries(byExpert)) {
        const res = await E(e).command('PUT', `${base}/candidacies/${C(c)}/panel-grade`, { grade, opinion: `${e}：答辩意见（${grade}）` });
        expect([c, e, res.status]).toEqual([c, e, 200]);
      }
    }
    const recused = await E('E2').command('PUT', `${base}/candidacies/${C('C3')}/panel-grade`, { grade: 'poor', opinion: '回避' });
    expect(recused.status).toBe(403);
    const badGrade = await E('E1').command('PUT', `${base}/candidacies/${C('C1')}/panel-grade`, { grade: '优秀', opinion: 'x' });
    expect(badGrade.status).toBe(400);
    // A member may revise her grade while the stage is open: E5 revises C4 from good to fair.
    expect((await E('E5').command('PUT', `${base}/candidacies/${C('C4')}/panel-grade`, { grade: 'fair', opinion: '复议后维持一般' })).status).toBe(200);

    const opinion = await organiser.get(`${base}/panel-opinion`);
    expect(opinion.status).toBe(200);
    expect(opinion.body.candidacies.map((c: any) => [c.name, c.grade, c.points, c.grades.length, c.pendingExpertIds])).toEqual([
      ['周晓雯', 'excellent', '100.00', 5, []],
      ['林淑芬', 'fair', '70.00', 5, []],
      ['黄丽娟', 'good', '85.00', 4, []],
      ['陈美玲', 'fair', '70.00', 5, []],
      ['吴静怡', 'good', '85.00', 5, []],
      ['郑秀英', 'poor', '50.00', 5, []],
    ]);
    expect(opinion.body.candidacies[3].grades.find((g: any) => g.expertId === 'expert-sun')).toMatchObject({ grade: 'fair', opinion: '复议后维持一般' });
  });

  it('records every step as an event in the campaign stream', async () => {
    const events = (await organiser.get(`/campaigns/${campaignId}/events`)).body as any[];
    const count = (type: string) => events.filter((e) => e.type === type).length;
    expect(count('ExpertAddedToPanel')).toBe(5);
    expect(count('ConflictOfInterestDeclared')).toBe(1);
    expect(count('ScoreSheetSubmitted')).toBe(29); // 28 that count + E3's first C1 sheet
    expect(count('ScoreSheetDraftSaved')).toBe(2);
    expect(count('PanelGradeRecorded')).toBe(30);
    const unlock = events.find((e) => e.type === 'ScoreSheetUnlocked');
    expect(unlock.payload).toEqual({ campaignId, candidacyId: C('C1'), expertId: 'expert-zhang', reason: '专家申请更正：创新性一项录入有误' });
    expect(unlock.actorId).toBe('organiser-li');
    const closed = events.filter((e) => e.type === 'CampaignStageAdvanced').pop();
    expect(closed.payload).toEqual({ campaignId, from: 'project-review', to: 'panel-opinion' });
  });
});

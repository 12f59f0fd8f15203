import { ApiClient } from '@app/api-client';
import { CONGRESS, DEMO_SCORES, EXPERT_OFFSETS, FAILS_INSPECTION, gradeOf, JUROR_COUNT, jurorOffset, sheetFor } from './demo-scores';
import { demoCampaignBody, demoCandidates } from './demo-campaign';
import { formatTable } from './text-table';

export type Report = (line: string) => void;

/** Fails loudly with the API's own explanation when a step of the demo does not succeed. */
function expectOk<T = any>(step: string, res: { status: number; body: T }): T {
  if (res.status !== 200) throw new Error(`${step} failed (${res.status}): ${JSON.stringify(res.body)}`);
  return res.body;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs the demo campaign from draft to certified result through the public HTTP API, as the organiser, 12
 * candidates, 7 experts, 60 jurors, the inspectors, 120 congress delegates and the public would. Every command
 * has a fixed idempotency key and every phase looks at the stage first, so running the seed again changes nothing.
 */
export async function seedDemoCampaign(baseUrl: string, report: Report = console.log) {
  const organiser = await ApiClient.login(baseUrl, ['organiser'], 'demo-organiser', '李主任');
  const created = expectOk('Create campaign', await organiser.command('POST', '/campaigns', demoCampaignBody(), 'demo-create-campaign'));
  const campaignId: string = created.result.campaignId;
  const base = `/campaigns/${campaignId}`;
  const stage = async (): Promise<string> => expectOk('Read campaign', await organiser.get(base)).stage;
  const at = async (s: string) => (await stage()) === s;
  const advance = async (to: string) => expectOk(`Move to ${to}`, await organiser.command('POST', `${base}/stage`, { to }, `demo-stage-${to}`));
  report(`✔ campaign created: ${campaignId}`);

  // 1. Candidacy (报名) and qualification review (资格审查).
  if (await at('draft')) expectOk('Open candidacy', await organiser.command('POST', `${base}/candidacy/open`, undefined, 'demo-open-candidacy'));
  if (await at('candidacy-open')) {
    for (const candidate of demoCandidates()) {
      const client = await ApiClient.login(baseUrl, ['candidate'], `demo-${candidate.key}`, candidate.name);
      expectOk(`Candidacy of ${candidate.name}`, await client.command('POST', `${base}/candidacies`, candidate.body, `demo-submit-${candidate.key}`));
    }
    expectOk('Close candidacy', await organiser.command('POST', `${base}/candidacy/close`, undefined, 'demo-close-candidacy'));
  }
  const candidacies = expectOk('List candidacies', await organiser.get(`${base}/candidacies`)) as any[];
  const idOf = new Map(candidacies.map((c) => [c.name as string, c.id as string]));
  const nameOf = new Map(candidacies.map((c) => [c.id as string, c.name as string]));
  report(`✔ ${candidacies.length} candidacies with project proposals (报名)`);

  if (await at('qualification-review')) {
    for (const c of candidacies.filter((c) => c.status === 'submitted')) {
      expectOk(
        `Qualification of ${c.name}`,
        await organiser.command(
          'POST',
          `/candidacies/${c.id}/qualification`,
          { decision: 'accepted', reason: '报名材料齐全，符合报名条件' },
          `demo-qualify-${c.id}`,
        ),
      );
    }
    for (let e = 0; e < EXPERT_OFFSETS.length; e++) {
      expectOk(
        'Add expert',
        await organiser.command('POST', `${base}/evaluation/experts`, { expertId: `demo-expert-${e + 1}`, name: `评审专家${e + 1}` }, `demo-expert-${e + 1}`),
      );
    }
    await advance('project-review');
  }
  report('✔ qualification review: all 12 accepted; 7 experts on the panel');

  // 2. Project review (项目评审) and the panel's opinion (专家评审组意见).
  const experts = await Promise.all(EXPERT_OFFSETS.map((_, e) => ApiClient.login(baseUrl, ['expert'], `demo-expert-${e + 1}`, `评审专家${e + 1}`)));
  if (await at('project-review')) {
    for (const [e, expert] of experts.entries()) {
      for (const [name, score] of Object.entries(DEMO_SCORES)) {
        const body = { scores: sheetFor(score.review + EXPERT_OFFSETS[e]), comment: '项目契合妇女群众需求' };
        expectOk(
          `Sheet of ${name}`,
          await expert.command('POST', `${base}/evaluation/candidacies/${idOf.get(name)}/sheet/submit`, body, `demo-sheet-${e}-${idOf.get(name)}`),
        );
      }
    }
    expectOk('Close project review', await organiser.command('POST', `${base}/evaluation/project-review/close`, {}, 'demo-close-review'));
  }
  if (await at('panel-opinion')) {
    for (const [e, expert] of experts.entries()) {
      for (const [name, score] of Object.entries(DEMO_SCORES)) {
        const body = { grade: gradeOf(score, e), opinion: '竞职演讲思路清晰，答辩切题' };
        expectOk(
          `Panel grade of ${name}`,
          await expert.command('PUT', `${base}/evaluation/candidacies/${idOf.get(name)}/panel-grade`, body, `demo-grade-${e}-${idOf.get(name)}`),
        );
      }
    }
    await advance('jury');
  }
  report('✔ project review: 84 score sheets; panel opinion: 84 grades');

  // 3. Grassroots jury (群众评审团): 60 jurors, each with a one-time code.
  if (await at('jury')) {
    const juror = organiser.anonymous();
    for (let j = 0; j < JUROR_COUNT; j++) {
      const registered = await organiser.command(
        'POST',
        `${base}/jury/jurors`,
        { name: `评审团成员${j + 1}`, reference: `demo-juror-${j + 1}` },
        `demo-juror-${j + 1}`,
      );
      const code = expectOk('Register juror', registered).credential?.code;
      if (!code) continue; // registered in an earlier run: her code was shown then
      const session = await juror.request('POST', '/jury/session', { code });
      if (session.status !== 200) continue;
      const scores = Object.entries(DEMO_SCORES).map(([name, s]) => ({ candidacyId: idOf.get(name)!, score: s.jury + jurorOffset(j) }));
      const cast = await juror.request(
        'POST',
        '/jury/ballots',
        { scores },
        { 'x-ballot-token': session.body.ballotToken, 'idempotency-key': `demo-ballot-${j + 1}` },
      );
      if (cast.status !== 202) throw new Error(`Ballot ${j + 1} refused (${cast.status}): ${JSON.stringify(cast.body)}`);
    }
    await advance('ranking');
  }
  if (await at('ranking')) {
    // The jury result is recorded once every accepted ballot has been counted by the worker.
    for (let attempt = 0; ; attempt++) {
      const res = await organiser.command('POST', `${base}/jury/result`, {}, `demo-jury-result-${attempt}`);
      if (res.status === 200) break;
      if (attempt > 60) expectOk('Record jury result', res);
      await sleep(500);
    }
  }
  report('✔ jury: 60 ballots counted; jury scores recorded');

  // 4. Ranking (综合排名), shortlist (差额) and cadre inspection (考察).
  if (await at('ranking')) expectOk('Freeze ranking', await organiser.command('POST', `${base}/ranking/freeze`, undefined, 'demo-freeze'));
  if (await at('inspection')) {
    expectOk(
      'Grant the inspector',
      await organiser.command('POST', `${base}/grants`, { personId: 'demo-inspector', name: '考察组', role: 'inspector' }, 'demo-grant-inspector'),
    );
    const inspector = await ApiClient.login(baseUrl, ['inspector'], 'demo-inspector', '考察组');
    expectOk(
      'Fail inspection',
      await inspector.command(
        'POST',
        `${base}/inspections`,
        { candidacyId: idOf.get(FAILS_INSPECTION), result: 'fail', findings: '考察中群众反映有关问题，经核实属实' },
        'demo-inspect-fail',
      ),
    );
    const shortlist = expectOk('Shortlist', await inspector.get(`${base}/shortlist`));
    for (const m of shortlist.members.filter((m: any) => m.status === 'shortlisted' && !m.inspectionResult)) {
      expectOk(
        `Inspection of ${m.name}`,
        await inspector.command(
          'POST',
          `${base}/inspections`,
          { candidacyId: m.candidacyId, result: 'pass', findings: '政治素质好，群众认可度高，符合任职条件' },
          `demo-inspect-${m.candidacyId}`,
        ),
      );
    }
    expectOk('Close inspection', await organiser.command('POST', `${base}/inspection/close`, undefined, 'demo-close-inspection'));
  }
  report(`✔ ranking frozen; shortlist of 6 (quota swap for grassroots members); ${FAILS_INSPECTION} failed inspection and was replaced`);

  // 5. Congress election (代表大会选举): paper ballots counted in the hall.
  if (await at('election')) {
    const election = `${base}/election`;
    expectOk('Register delegates', await organiser.command('POST', `${election}/delegates`, { count: CONGRESS.registered }, 'demo-delegates'));
    const present = Array.from({ length: CONGRESS.present }, (_, i) => `D${String(i + 1).padStart(4, '0')}`);
    expectOk('Check in', await organiser.command('POST', `${election}/check-ins`, { delegateIds: present }, 'demo-check-in'));
    for (const [i, round] of CONGRESS.rounds.entries()) {
      const opened = expectOk(
        `Open round ${i + 1}`,
        await organiser.command('POST', `${election}/rounds`, { positionKey: round.position, method: 'paper' }, `demo-round-${i + 1}`),
      );
      const roundId = opened.result.roundId as string;
      const perCandidate = Object.fromEntries(
        (opened.result.candidateIds as string[]).map((id) => {
          const approve = round.approvals[nameOf.get(id)!] ?? 0;
          return [id, { approve, oppose: CONGRESS.present - approve, abstain: 0 }];
        }),
      );
      const count = { ballotsIssued: CONGRESS.present, ballotsReturned: CONGRESS.present, invalidBallots: 0, perCandidate };
      expectOk(`Count round ${i + 1}`, await organiser.command('POST', `${election}/rounds/${roundId}/paper-count`, count, `demo-count-${i + 1}`));
      expectOk(`Close round ${i + 1}`, await organiser.command('POST', `${election}/rounds/${roundId}/close`, undefined, `demo-close-round-${i + 1}`));
    }
    expectOk('Publish results', await organiser.command('POST', `${base}/results/publish`, undefined, 'demo-publish'));
  }
  report('✔ congress: 100 of 120 delegates present; a run-off for a tied last seat and a further round for an unfilled one');

  // 6. Publicity (公示), one objection answered in writing, certification.
  if (await at('publicity')) {
    const objected = await organiser
      .anonymous()
      .request(
        'POST',
        `/public/campaigns/${campaignId}/objections?wait=true`,
        { text: '反映某当选人兼职过多，担心精力不足', contact: '匿名' },
        { 'idempotency-key': 'demo-objection' },
      );
    if (objected.status !== 200) throw new Error(`Objection refused (${objected.status}): ${JSON.stringify(objected.body)}`);
    const results = expectOk('Results', await organiser.get(`${base}/results`));
    // An anonymous objection is public only once the organiser admits it for the record; then she answers it.
    for (const o of results.objections.filter((o: any) => o.status !== 'dismissed' && o.resolution === null)) {
      if (o.status === 'pending')
        expectOk('Admit objection', await organiser.command('POST', `${base}/objections/${o.objectionId}/admit`, undefined, `demo-admit-${o.objectionId}`));
      expectOk(
        'Resolve objection',
        await organiser.command(
          'POST',
          `${base}/objections/${o.objectionId}/resolve`,
          { resolution: '经核实，该同志兼职符合规定，维持选举结果', upheld: false },
          `demo-resolve-${o.objectionId}`,
        ),
      );
    }
    expectOk('Certify', await organiser.command('POST', `${base}/results/certify`, undefined, 'demo-certify'));
  }
  report('✔ published; one objection admitted for the record and answered in writing; result certified\n');

  const results = expectOk('Results', await organiser.get(`${base}/results`));
  const positionTitle = new Map(results.positions.map((p: any) => [p.key, p.title]));
  report(`${results.title} — 最终结果 final result (${results.certifiedAt ? '已确认 certified' : results.stage})\n`);
  report(
    formatTable(results.lines as any[], [
      { title: '排名', value: (l) => String(l.rank ?? '—'), align: 'right' },
      { title: '姓名 Name', value: (l) => l.name },
      { title: '项目评审', value: (l) => l.projectReview ?? '—', align: 'right' },
      { title: '专家评审组', value: (l) => l.panelPoints ?? '—', align: 'right' },
      { title: '群众评审团', value: (l) => l.jury ?? '—', align: 'right' },
      { title: '综合成绩', value: (l) => l.composite ?? '—', align: 'right' },
      { title: '结果 Status', value: (l) => l.status + (l.positionKey ? ` · ${positionTitle.get(l.positionKey)}` : '') },
    ]),
  );
  report('');
  for (const p of results.positions) report(`${p.title}（${p.seats}名）: ${p.elected.map((e: any) => e.name).join('、')}`);
  return {
    campaignId,
    organiserToken: organiser.token!,
    candidacies: expectOk('List candidacies', await organiser.get(`${base}/candidacies`)) as any[],
    results,
  };
}

import { ApiClient } from '@app/testing';
import { demoCampaignBody, demoCandidates } from '../../apps/demo/src/demo-campaign';
import { CONGRESS, DEMO_SCORES, gradeOf, jurorOffset, sheetFor } from '../../apps/demo/src/demo-scores';

/**
 * The demo campaign (apps/demo) taken through the public API to its ranking stage, made smaller but with the same
 * ranking: ONE expert scores each project at its demo base and gives the demo grade, and FIVE jurors score base −2 …
 * base +2, whose trimmed mean is the base again. So the parts and composites equal the demo's (checked by hand in
 * apps/demo/src/demo-scores.ts): 黄丽娟 93.2, 吴敏 91.2, 周晓雯 87.5, 孙慧 86.2, 陈静 84.9, 刘佳 83.5, 林淑芬 82.7 …
 * The publicity period is 0 working days (as in the demo) so that the result can be certified at once.
 */
export interface RankingStageCampaign {
  campaignId: string;
  organiser: ApiClient;
  idOf: Map<string, string>;
  nameOf: Map<string, string>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function ok<T = any>(step: string, res: { status: number; body: T }): T {
  if (res.status !== 200) throw new Error(`${step} failed (${res.status}): ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function demoCampaignAtRanking(baseUrl: string, label: string): Promise<RankingStageCampaign> {
  const organiser = await ApiClient.login(baseUrl, ['organiser'], 'organiser-li', '李主任');
  const body = { ...demoCampaignBody(), title: `${demoCampaignBody().title}（结果公示测试）` };
  const campaignId: string = ok('create campaign', await organiser.command('POST', '/campaigns', body)).result.campaignId;
  const base = `/campaigns/${campaignId}`;
  const advance = async (to: string) => ok(`move to ${to}`, await organiser.command('POST', `${base}/stage`, { to }));

  ok('open candidacy', await organiser.command('POST', `${base}/candidacy/open`));
  for (const candidate of demoCandidates()) {
    const client = await ApiClient.login(baseUrl, ['candidate'], `${label}-${candidate.key}`, candidate.name);
    ok(`candidacy of ${candidate.name}`, await client.command('POST', `${base}/candidacies`, candidate.body));
  }
  ok('close candidacy', await organiser.command('POST', `${base}/candidacy/close`));
  const candidacies = ok('list candidacies', await organiser.get(`${base}/candidacies`)) as { id: string; name: string }[];
  const idOf = new Map(candidacies.map((c) => [c.name, c.id]));
  const nameOf = new Map(candidacies.map((c) => [c.id, c.name]));
  for (const c of candidacies) ok(`qualify ${c.name}`, await organiser.command('POST', `/candidacies/${c.id}/qualification`, { decision: 'accepted', reason: '报名材料齐全，符合报名条件' }));

  const expertId = `${label}-expert`;
  ok('add expert', await organiser.command('POST', `${base}/evaluation/experts`, { expertId, name: '评审专家' }));
  await advance('project-review');
  const expert = await ApiClient.login(baseUrl, ['expert'], expertId, '评审专家');
  for (const [name, score] of Object.entries(DEMO_SCORES)) {
    ok(`sheet of ${name}`, await expert.command('POST', `${base}/evaluation/candidacies/${idOf.get(name)}/sheet/submit`, { scores: sheetFor(score.review), comment: '项目契合妇女群众需求' }));
  }
  ok('close project review', await organiser.command('POST', `${base}/evaluation/project-review/close`, {}));
  for (const [name, score] of Object.entries(DEMO_SCORES)) {
    ok(`grade of ${name}`, await expert.command('PUT', `${base}/evaluation/candidacies/${idOf.get(name)}/panel-grade`, { grade: gradeOf(score, 0), opinion: '竞职演讲思路清晰，答辩切题' }));
  }
  await advance('jury');

  const anonymous = organiser.anonymous();
  for (let j = 0; j < 5; j++) {
    const code = ok('register juror', await organiser.command('POST', `${base}/jury/jurors`, { name: `评审团成员${j + 1}` })).credential.code;
    const session = ok('juror session', await anonymous.request('POST', '/jury/session', { code }));
    const scores = Object.entries(DEMO_SCORES).map(([name, s]) => ({ candidacyId: idOf.get(name)!, score: s.jury + jurorOffset(j) }));
    const cast = await anonymous.request('POST', '/jury/ballots', { scores }, { 'x-ballot-token': session.ballotToken, 'idempotency-key': `${label}-ballot-${j}` });
    if (cast.status !== 202) throw new Error(`ballot refused (${cast.status}): ${JSON.stringify(cast.body)}`);
  }
  await advance('ranking');
  for (let attempt = 0; ; attempt++) {
    const res = await organiser.command('POST', `${base}/jury/result`, {});
    if (res.status === 200) break;
    if (attempt > 60) ok('record jury result', res);
    await sleep(500);
  }
  return { campaignId, organiser, idOf, nameOf };
}

/** Inspection passes recorded by an inspector for everyone on the shortlist not yet inspected. */
export async function passRemainingInspections(baseUrl: string, campaignId: string): Promise<string[]> {
  const inspector = await ApiClient.login(baseUrl, ['inspector'], 'inspector-zhao', '考察组');
  const shortlist = ok('shortlist', await inspector.get(`/campaigns/${campaignId}/shortlist`));
  const passed: string[] = [];
  for (const m of shortlist.members.filter((m: any) => m.status === 'shortlisted' && !m.inspectionResult)) {
    ok(`inspection of ${m.name}`, await inspector.command('POST', `/campaigns/${campaignId}/inspections`, { candidacyId: m.candidacyId, result: 'pass', findings: '政治素质好，群众认可度高，符合任职条件' }));
    passed.push(m.name);
  }
  return passed;
}

/**
 * The demo's congress (paper ballots, 100 present of 120) through the API: vice-chairs 黄丽娟, 吴敏 and — after a
 * run-off — 周晓雯; standing committee 孙慧 and — after a further round — 林淑芬.
 */
export async function holdDemoCongress(organiser: ApiClient, campaignId: string, nameOf: Map<string, string>): Promise<void> {
  const election = `/campaigns/${campaignId}/election`;
  ok('register delegates', await organiser.command('POST', `${election}/delegates`, { count: CONGRESS.registered }));
  const present = Array.from({ length: CONGRESS.present }, (_, i) => `D${String(i + 1).padStart(4, '0')}`);
  ok('check in', await organiser.command('POST', `${election}/check-ins`, { delegateIds: present }));
  for (const [i, round] of CONGRESS.rounds.entries()) {
    const opened = ok(`open round ${i + 1}`, await organiser.command('POST', `${election}/rounds`, { positionKey: round.position, method: 'paper' }));
    const roundId = opened.result.roundId as string;
    const perCandidate = Object.fromEntries(
      (opened.result.candidateIds as string[]).map((id) => {
        const approve = round.approvals[nameOf.get(id)!] ?? 0;
        return [id, { approve, oppose: CONGRESS.present - approve, abstain: 0 }];
      }),
    );
    const count = { ballotsIssued: CONGRESS.present, ballotsReturned: CONGRESS.present, invalidBallots: 0, perCandidate };
    ok(`count round ${i + 1}`, await organiser.command('POST', `${election}/rounds/${roundId}/paper-count`, count));
    ok(`close round ${i + 1}`, await organiser.command('POST', `${election}/rounds/${roundId}/close`));
  }
}

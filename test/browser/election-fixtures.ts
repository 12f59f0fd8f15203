import { ApiClient, campaignBody, candidacyBody } from '@app/testing';

const ok = (what: string, res: { status: number; body: any }) => {
  if (res.status !== 200) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

export interface ElectionCampaign {
  campaignId: string;
  /** Finalists in rank order (= submission order: every part is missing, so the last tie-break decides). */
  candidacyIds: string[];
  names: string[];
}

export const FINALISTS = ['周晓雯', '林淑芬', '黄丽娟', '陈美玲', '刘芳', '张丽'];

/**
 * A campaign taken through the public API to its congress election stage, as test/e2e/congress-election does:
 * six candidacies accepted, project review closed with no expert, jury and ranking passed with no scores (so the
 * ranking is the submission order; the jury result is recorded, and the panel, with no expert to grade, weighs 0),
 * the shortlist frozen (5 seats × 1.2 = 6), everyone passes inspection.
 */
export async function campaignInElectionStage(organiser: ApiClient, title: string): Promise<ElectionCampaign> {
  const campaignId: string = ok(
    'create',
    await organiser.command('POST', '/campaigns', campaignBody({ title, quotas: [], weights: { projectReview: '50', panelOpinion: '0', jury: '50' } })),
  ).result.campaignId;
  ok('open candidacy', await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`));
  const candidacyIds: string[] = [];
  for (const [i, name] of FINALISTS.entries()) {
    const candidate = await ApiClient.login(organiser.baseUrl, ['candidate'], `election-ui-candidate-${i + 1}`);
    candidacyIds.push(ok('candidacy', await candidate.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody(name))).result.candidacyId);
  }
  ok('close candidacy', await organiser.command('POST', `/campaigns/${campaignId}/candidacy/close`));
  for (const id of candidacyIds)
    ok('qualify', await organiser.command('POST', `/candidacies/${id}/qualification`, { decision: 'accepted', reason: '材料齐全，符合条件' }));
  ok('project review', await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'project-review' }));
  ok('close project review', await organiser.command('POST', `/campaigns/${campaignId}/evaluation/project-review/close`, {}));
  ok('jury', await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'jury' }));
  ok('ranking', await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to: 'ranking' }));
  ok('jury result', await organiser.command('POST', `/campaigns/${campaignId}/jury/result`, {}));
  ok('freeze', await organiser.command('POST', `/campaigns/${campaignId}/ranking/freeze`));
  ok(
    'grant inspector',
    await organiser.command('POST', `/campaigns/${campaignId}/grants`, { personId: 'election-ui-inspector', name: '考察组', role: 'inspector' }),
  );
  const inspector = await ApiClient.login(organiser.baseUrl, ['inspector'], 'election-ui-inspector');
  for (const id of candidacyIds)
    ok(
      'inspect',
      await inspector.command('POST', `/campaigns/${campaignId}/inspections`, { candidacyId: id, result: 'pass', findings: '群众评价好，符合任职条件' }),
    );
  ok('close inspection', await organiser.command('POST', `/campaigns/${campaignId}/inspection/close`));
  const stage = ok('campaign', await organiser.get(`/campaigns/${campaignId}`)).stage;
  if (stage !== 'election') throw new Error(`expected stage election, got ${stage}`);
  return { campaignId, candidacyIds, names: [...FINALISTS] };
}

/** A delegate's electronic ballot through the api (as a phone would send it). */
export async function castBallot(baseUrl: string, campaignId: string, code: string, marks: Record<string, 'approve' | 'oppose' | 'abstain'>) {
  return ok('cast', await new ApiClient(baseUrl).request('POST', `/campaigns/${campaignId}/election/ballot`, { marks }, { 'x-delegate-code': code }));
}

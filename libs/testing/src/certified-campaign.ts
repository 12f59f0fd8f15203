import { ApiClient } from '@app/api-client';
import { campaignBody, candidacyBody } from './factories';
import { advance } from './jury-fixtures';

/**
 * The shortest complete flow through the public API, for tests that need certified campaigns (community rounds
 * feeding a city round): jury-only weights, a paper jury count, no experts, one congress round per position, and
 * a publicity period of 0 working days.
 */
const ok = (what: string, res: { status: number; body: any }) => {
  if (res.status !== 200) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

export interface QuickCandidate {
  readonly userId: string;
  readonly name: string;
  /** As the candidacy form sends it; left out: a self-application. */
  readonly nomination?: Record<string, unknown>;
}

export interface QuickCampaignOptions {
  readonly title: string;
  readonly seats: number;
  /** Campaign configuration beyond the quick flow's (e.g. nomination rules). */
  readonly config?: Record<string, unknown>;
}

/** A campaign with one position of `seats` seats, in candidacy-open. */
export async function openQuickCampaign(organiser: ApiClient, options: QuickCampaignOptions): Promise<string> {
  const body = campaignBody({
    title: options.title,
    positions: [{ key: 'member', title: '执委', seats: options.seats }],
    weights: { projectReview: '0', panelOpinion: '0', jury: '100' },
    quotas: [],
    publicityWorkingDays: 0,
    ...options.config,
  });
  const campaignId: string = ok('create campaign', await organiser.command('POST', '/campaigns', body)).result.campaignId;
  ok('open candidacy', await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`));
  return campaignId;
}

/** Each candidate signs in and submits her candidacy; their ids in the order given. */
export async function submitQuickCandidacies(baseUrl: string, campaignId: string, candidates: readonly QuickCandidate[]): Promise<string[]> {
  const ids: string[] = [];
  for (const c of candidates) {
    const client = await ApiClient.login(baseUrl, ['candidate'], c.userId, c.name);
    const body = { ...candidacyBody(c.name), ...(c.nomination ? { nomination: c.nomination } : {}) };
    ids.push(ok(`candidacy of ${c.name}`, await client.command('POST', `/campaigns/${campaignId}/candidacies`, body)).result.candidacyId);
  }
  return ids;
}

/**
 * From candidacy-open to a certified result: every candidacy accepted, the jury's paper count ranks them in
 * submission order, every shortlisted candidate passes inspection, and the congress elects the top `seats` of the
 * finalists in one round. Returns the elected candidacy ids.
 */
export async function runQuickCampaignToCertified(organiser: ApiClient, campaignId: string, inspectorId = 'quick-inspector'): Promise<string[]> {
  const base = `/campaigns/${campaignId}`;
  ok('close candidacy', await organiser.command('POST', `${base}/candidacy/close`));
  const candidacies: { id: string; status: string }[] = ok('candidacies', await organiser.get(`${base}/candidacies`));
  const standing = candidacies.filter((c) => c.status !== 'withdrawn');
  for (const c of standing) ok('accept', await organiser.command('POST', `/candidacies/${c.id}/qualification`, { decision: 'accepted', reason: '符合条件' }));
  await advance(organiser, campaignId, 'project-review');
  await advance(organiser, campaignId, 'panel-opinion');
  await advance(organiser, campaignId, 'jury');
  const ballots = 10;
  ok(
    'jury paper count',
    await organiser.command('POST', `${base}/jury/paper-count`, {
      issued: ballots,
      returned: ballots,
      invalid: 0,
      candidates: standing.map((c, i) => {
        const score = 95 - 3 * i;
        return { candidacyId: c.id, ballots, sum: score * ballots, highest: score, lowest: score };
      }),
    }),
  );
  await advance(organiser, campaignId, 'ranking');
  ok('jury result', await organiser.command('POST', `${base}/jury/result`, {}));
  ok('freeze ranking', await organiser.command('POST', `${base}/ranking/freeze`, {}));

  const granted = await organiser.command('POST', `${base}/grants`, { personId: inspectorId, name: '考察组', role: 'inspector' });
  if (granted.body?.code !== 'grant.exists') ok('grant inspector', granted);
  const inspector = await ApiClient.login(organiser.baseUrl, ['inspector'], inspectorId, '考察组');
  const shortlist = ok('shortlist', await inspector.get(`${base}/shortlist`));
  for (const m of shortlist.members.filter((m: any) => m.status === 'shortlisted' && !m.inspectionResult)) {
    ok(
      'inspection',
      await inspector.command('POST', `${base}/inspections`, { candidacyId: m.candidacyId, result: 'pass', findings: '政治素质好，群众认可度高' }),
    );
  }
  ok('close inspection', await organiser.command('POST', `${base}/inspection/close`, {}));

  const election = `${base}/election`;
  const delegates = 20;
  ok('register delegates', await organiser.command('POST', `${election}/delegates`, { count: delegates }));
  const present = Array.from({ length: delegates }, (_, i) => `D${String(i + 1).padStart(4, '0')}`);
  ok('check in', await organiser.command('POST', `${election}/check-ins`, { delegateIds: present }));
  const campaign = ok('campaign', await organiser.get(base));
  for (const position of campaign.config.positions as { key: string; seats: number }[]) {
    const opened = ok('open round', await organiser.command('POST', `${election}/rounds`, { positionKey: position.key, method: 'paper' }));
    const roundId: string = opened.result.roundId;
    const candidateIds: string[] = opened.result.candidateIds;
    const perCandidate = Object.fromEntries(
      candidateIds.map((id, i) => {
        // Each ballot approves at most `seats` candidates: every delegate approves the top `seats`.
        const approve = i < position.seats ? delegates : 0;
        return [id, { approve, oppose: delegates - approve, abstain: 0 }];
      }),
    );
    const count = { ballotsIssued: delegates, ballotsReturned: delegates, invalidBallots: 0, perCandidate };
    ok('count round', await organiser.command('POST', `${election}/rounds/${roundId}/paper-count`, count));
    ok('close round', await organiser.command('POST', `${election}/rounds/${roundId}/close`));
  }
  ok('publish results', await organiser.command('POST', `${base}/results/publish`, {}));
  ok('certify', await organiser.command('POST', `${base}/results/certify`, {}));
  const results = ok('results', await organiser.get(`${base}/results`));
  return (results.lines as { candidacyId: string; status: string }[]).filter((l) => l.status === 'elected').map((l) => l.candidacyId);
}

import { ApiClient } from '@app/api-client';
import { campaignBody, candidacyBody } from './factories';
import { advance } from './jury-fixtures';

/**
 * The shortest complete flow through the public API, for tests that need certified campaigns (community rounds
 * feeding a city round): jury-only weights, a paper jury count, no experts, one congress round per position (or,
 * for an honours campaign, its award tiers), and a publicity period of 0 working days.
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

export interface QuickAwardTier {
  readonly key: string;
  readonly title: string;
  readonly size: number;
}

export interface QuickCampaignOptions {
  readonly title: string;
  /** An open selection's seats; an honours campaign's places are its tiers'. */
  readonly seats?: number;
  /** Given: an honours campaign (expert review left out, published unranked) awarding these tiers, in order. */
  readonly awardTiers?: readonly QuickAwardTier[];
  /** Campaign configuration beyond the quick flow's (e.g. nomination rules). */
  readonly config?: Record<string, unknown>;
}

/** A campaign with one position of `seats` seats (or an honours campaign with its award tiers), in candidacy-open. */
export async function openQuickCampaign(organiser: ApiClient, options: QuickCampaignOptions): Promise<string> {
  const tiers = options.awardTiers;
  const seats = tiers ? tiers.reduce((n, t) => n + t.size, 0) : options.seats;
  if (!seats) throw new Error('openQuickCampaign: give seats or awardTiers');
  const honours = tiers
    ? { pipeline: { template: 'honours', skippedStages: ['project-review', 'panel-opinion'], awardTiers: tiers, publication: 'unranked' } }
    : {};
  const body = campaignBody({
    title: options.title,
    positions: [{ key: tiers ? 'award' : 'member', title: tiers ? tiers[0].title : '执委', seats }],
    weights: { projectReview: '0', panelOpinion: '0', jury: '100' },
    quotas: [],
    publicityWorkingDays: 0,
    ...honours,
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
 * finalists in one round (an honours campaign instead awards its tiers, skipping the stages it leaves out).
 * Returns the certified finalists: the elected candidacy ids, or every tier's awarded ids in tier order.
 */
export async function runQuickCampaignToCertified(organiser: ApiClient, campaignId: string, inspectorId = 'quick-inspector'): Promise<string[]> {
  const base = `/campaigns/${campaignId}`;
  ok('close candidacy', await organiser.command('POST', `${base}/candidacy/close`));
  const candidacies: { id: string; status: string }[] = ok('candidacies', await organiser.get(`${base}/candidacies`));
  const standing = candidacies.filter((c) => c.status !== 'withdrawn');
  for (const c of standing) ok('accept', await organiser.command('POST', `/candidacies/${c.id}/qualification`, { decision: 'accepted', reason: '符合条件' }));
  const stages: string[] = ok('campaign', await organiser.get(base)).stages.map((d: { stage: string }) => d.stage);
  for (const to of ['project-review', 'panel-opinion', 'jury'].filter((s) => stages.includes(s))) await advance(organiser, campaignId, to);
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
  if (stages.includes('election')) await holdQuickElection(organiser, base);
  ok('publish results', await organiser.command('POST', `${base}/results/publish`, {}));
  ok('certify', await organiser.command('POST', `${base}/results/certify`, {}));
  const results = ok('results', await organiser.get(`${base}/results`));
  if (results.awards) return (results.awards.tiers as { members: { candidacyId: string }[] }[]).flatMap((t) => t.members.map((m) => m.candidacyId));
  return (results.lines as { candidacyId: string; status: string }[]).filter((l) => l.status === 'elected').map((l) => l.candidacyId);
}

/** One paper round per position, every delegate approving the top `seats` of its candidates. */
async function holdQuickElection(organiser: ApiClient, base: string): Promise<void> {
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
}

import { ApiClient } from '@app/api-client';
import { DEVELOPMENT_SECRETS } from '@app/config';
import { voterPseudonym, voterPseudonymKey } from '@app/domain';
import { campaignBody, candidacyBody } from './factories';

export interface JuryCampaign {
  readonly campaignId: string;
  /** Accepted candidacies in ballot-paper order (submission order). */
  readonly candidacyIds: string[];
}

const expectOk = (what: string, res: { status: number; body: any }) => {
  if (res.status !== 200) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/**
 * A campaign taken through the public API to its jury stage: candidacy, qualification (every candidacy
 * accepted), project review (closed with no experts assigned), panel opinion, jury.
 */
export async function campaignInJuryStage(
  organiser: ApiClient,
  options: { candidates: number; juryMode?: 'score' | 'approval'; approvalLimit?: number; title?: string; label?: string },
): Promise<JuryCampaign> {
  const created = expectOk(
    'create campaign',
    await organiser.command(
      'POST',
      '/campaigns',
      campaignBody({
        title: options.title ?? '群众评审团测试',
        juryMode: options.juryMode ?? 'score',
        ...(options.approvalLimit !== undefined ? { approvalLimit: options.approvalLimit } : {}),
        quotas: [],
      }),
    ),
  );
  const campaignId: string = created.result.campaignId;
  expectOk('open candidacy', await organiser.command('POST', `/campaigns/${campaignId}/candidacy/open`));
  const label = options.label ?? campaignId.slice(0, 8);
  const candidacyIds: string[] = [];
  for (let i = 0; i < options.candidates; i += 1) {
    const candidate = await ApiClient.login(organiser.baseUrl, ['candidate'], `jury-${label}-candidate-${i}`);
    candidacyIds.push(
      expectOk('submit candidacy', await candidate.command('POST', `/campaigns/${campaignId}/candidacies`, candidacyBody(`候选人${i + 1}`))).result.candidacyId,
    );
  }
  expectOk('close candidacy', await organiser.command('POST', `/campaigns/${campaignId}/candidacy/close`));
  for (const id of candidacyIds)
    expectOk('accept', await organiser.command('POST', `/candidacies/${id}/qualification`, { decision: 'accepted', reason: '符合条件' }));
  await advance(organiser, campaignId, 'project-review');
  await advance(organiser, campaignId, 'panel-opinion');
  await advance(organiser, campaignId, 'jury');
  return { campaignId, candidacyIds };
}

/** One stage forward; a stage with a dedicated closing command (project review) goes through it. */
export async function advance(organiser: ApiClient, campaignId: string, to: string): Promise<void> {
  const res = await organiser.command('POST', `/campaigns/${campaignId}/stage`, { to });
  if (res.status === 409 && res.body.code === 'stage.use-close-project-review') {
    expectOk('close project review', await organiser.command('POST', `/campaigns/${campaignId}/evaluation/project-review/close`, {}));
    return;
  }
  expectOk(`advance to ${to}`, res);
}

export interface IssuedJuror {
  readonly jurorId: string;
  readonly name: string;
  readonly code: string;
  readonly line?: number;
}

/** Imports jurors named 评审员1… through the CSV endpoint and returns their one-time codes. */
export async function importJurors(organiser: ApiClient, campaignId: string, count: number, prefix = '评审员'): Promise<IssuedJuror[]> {
  const csv = ['name,reference', ...Array.from({ length: count }, (_, i) => `${prefix}${i + 1},${prefix}-${i + 1}`)].join('\n');
  const res = await organiser.request('POST', `/campaigns/${campaignId}/jury/jurors/import?wait=true&waitMs=60000`, csv, { 'content-type': 'text/csv' });
  const body = expectOk('import jurors', res);
  return body.credentials;
}

/** Exchanges a code for a ballot token. */
export async function ballotToken(baseUrl: string, code: string): Promise<string> {
  const res = await new ApiClient(baseUrl).request('POST', '/jury/session', { code });
  return expectOk('exchange code', res).ballotToken;
}

/**
 * The voter pseudonym the api stores a juror's ballots under (a stack started without JURY_SECRET uses the
 * development secret), so that a test can find her counted ballot; nothing in the database links the two.
 */
export function voterOf(campaignId: string, jurorId: string, jurySecret: string = DEVELOPMENT_SECRETS.JURY_SECRET): string {
  return voterPseudonym(voterPseudonymKey(jurySecret), campaignId, jurorId);
}

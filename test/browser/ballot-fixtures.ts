import { ApiClient, campaignInJuryStage, importJurors } from '@app/testing';
import { campaignInElectionStage } from './election-fixtures';

const ok = (what: string, res: { status: number; body: any }) => {
  if (res.status !== 200) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/** A campaign in its jury stage with `count` jurors; each code opens the juror ballot page (/jury/vote?code=…). */
export async function jurorCodes(organiser: ApiClient, count: number, title: string): Promise<{ campaignId: string; codes: string[] }> {
  const { campaignId } = await campaignInJuryStage(organiser, { candidates: 3, title });
  const codes = (await importJurors(organiser, campaignId, count)).map((juror) => juror.code);
  return { campaignId, codes };
}

/**
 * A campaign in its congress with `count` delegates, all checked in, and an electronic vice-chair round open:
 * the slip link of each delegate (/election/vote?campaign=…&code=…, relative to the api).
 */
export async function delegateSlipLinks(organiser: ApiClient, count: number, title: string): Promise<{ campaignId: string; links: string[] }> {
  const { campaignId } = await campaignInElectionStage(organiser, title);
  const election = (path: string) => `/campaigns/${campaignId}/election${path}`;
  ok('register delegates', await organiser.command('POST', election('/delegates'), { count }));
  const ids = Array.from({ length: count }, (_, i) => `D${String(i + 1).padStart(4, '0')}`);
  ok('check in', await organiser.command('POST', election('/check-ins'), { delegateIds: ids }));
  const round = ok('open round', await organiser.command('POST', election('/rounds'), { positionKey: 'vice-chair', method: 'electronic' })).result;
  const issued = ok('codes', await organiser.request('POST', election(`/rounds/${round.roundId}/credentials`)));
  return { campaignId, links: issued.credentials.map((c: { link: string }) => c.link) };
}

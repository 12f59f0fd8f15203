import { dec, formatScore, roundPartScore, trimmedMean } from '@app/domain';
import { ApiClient, ballotToken, campaignInJuryStage, importJurors, type JuryCampaign, type Stack, startStack, voterOf } from '@app/testing';
import { drained } from './jury-helpers';

const JURORS = 50;

/**
 * 200 ballots sent at once — every juror's first ballot twice (a retry with the same Idempotency-Key), a
 * replacement, and a second replacement without a key — must leave exactly one counted ballot per juror: the one
 * accepted last (highest acceptance sequence), whatever order the batches reach the worker in.
 */
describe('jury ballots under concurrency', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let campaign: JuryCampaign;
  let tokens: string[];
  let jurorIds: string[];

  beforeAll(async () => {
    // Several small batches in flight at once, so that batches race each other in the worker too.
    stack = await startStack('jury_concurrency', { JURY_BATCH_MS: '1', JURY_BATCH_MAX: '7', WORKER_CONCURRENCY: '8' });
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-concurrency');
    campaign = await campaignInJuryStage(organiser, { candidates: 3, label: 'concurrency' });
    const jurors = await importJurors(organiser, campaign.campaignId, JURORS);
    jurorIds = jurors.map((j) => j.jurorId);
    tokens = await Promise.all(jurors.map((j) => ballotToken(stack.baseUrl, j.code)));
  });

  afterAll(() => stack?.stop());

  it('counts exactly one ballot per juror — her latest — after 200 concurrent submissions with duplicates and replacements', async () => {
    const [A, B, C] = campaign.candidacyIds;
    const content = (j: number, v: number) => [(j * 7 + v * 13) % 101, (j * 11 + v * 29) % 101, (j * 3 + v * 41) % 101];
    const requests = tokens.flatMap((token, j) => [
      { j, marks: content(j, 1), token, key: `juror-${j}-v1` },
      { j, marks: content(j, 1), token, key: `juror-${j}-v1` }, // the same ballot again
      { j, marks: content(j, 2), token, key: `juror-${j}-v2` },
      { j, marks: content(j, 3), token, key: undefined },
    ]);
    expect(requests).toHaveLength(200);
    const responses = await Promise.all(
      requests.map(({ marks, token, key }) =>
        fetch(`${stack.baseUrl}/jury/ballots`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-ballot-token': token, ...(key ? { 'idempotency-key': key } : {}) },
          body: JSON.stringify({
            scores: [
              { candidacyId: A, score: marks[0] },
              { candidacyId: B, score: marks[1] },
              { candidacyId: C, score: marks[2] },
            ],
          }),
        }).then(async (res) => ({ status: res.status, body: (await res.json()) as any })),
      ),
    );
    expect(responses.filter((r) => r.status !== 202)).toEqual([]);

    // Her latest: the accepted submission with the highest sequence number.
    const latest = new Map<number, { seq: bigint; receipt: string; marks: number[] }>();
    responses.forEach((r, i) => {
      const { j, marks } = requests[i];
      const seq = BigInt(r.body.seq);
      if (!latest.has(j) || seq > latest.get(j)!.seq) latest.set(j, { seq, receipt: r.body.receipt, marks });
    });
    expect(new Set(responses.map((r) => r.body.seq)).size).toBe(200);
    // A retried ballot is the same ballot: same id, same receipt.
    for (let j = 0; j < JURORS; j += 1) {
      expect(responses[j * 4 + 1].body.ballotId).toBe(responses[j * 4].body.ballotId);
      expect(responses[j * 4 + 1].body.receipt).toBe(responses[j * 4].body.receipt);
    }

    const tally = await drained(organiser, campaign.campaignId, 200);
    expect(tally.progress).toMatchObject({ received: 200, processed: 200, counted: JURORS, pending: 0 });

    const { rows } = await stack.pool.query(`SELECT voter, seq::text, receipt, marks FROM jury_ballots WHERE campaign_id = $1`, [campaign.campaignId]);
    expect(rows).toHaveLength(JURORS);
    const counted = new Map(rows.map((r) => [r.voter, r]));
    expect(counted.size).toBe(JURORS);
    jurorIds.forEach((jurorId, j) => {
      const row = counted.get(voterOf(campaign.campaignId, jurorId))!;
      expect({ seq: row.seq, receipt: row.receipt, marks: row.marks }).toEqual({
        seq: latest.get(j)!.seq.toString(),
        receipt: latest.get(j)!.receipt,
        marks: latest.get(j)!.marks,
      });
    });
    // 150 distinct ballots (the retried one once), each logged once.
    const logged = await stack.pool.query(`SELECT count(*)::int AS n, count(DISTINCT ballot_id)::int AS ids FROM jury_submissions WHERE campaign_id = $1`, [
      campaign.campaignId,
    ]);
    expect(logged.rows[0]).toEqual({ n: 150, ids: 150 });
    const batches = await stack.pool.query(`SELECT count(*)::int AS n, sum(size)::int AS ballots FROM jury_batches WHERE campaign_id = $1`, [
      campaign.campaignId,
    ]);
    expect(batches.rows[0].ballots).toBe(200);
    expect(batches.rows[0].n).toBeGreaterThan(10);

    // And the tally is the trimmed mean of exactly those latest ballots.
    const expected = [0, 1, 2].map((k) => formatScore(roundPartScore(trimmedMean([...latest.values()].map((l) => dec(l.marks[k]))))));
    expect(tally.candidates.map((c: any) => c.juryScore)).toEqual(expected);
    expect(tally.candidates.map((c: any) => c.ballots)).toEqual([JURORS, JURORS, JURORS]);
  });
});

import { randomInt, randomUUID } from 'node:crypto';
import { validateConfig } from '@app/config';
import { JuryCredentials } from '@app/jury';
import { advance, ApiClient, ballotToken, campaignInJuryStage, importJurors, type IssuedJuror, type JuryCampaign, type Stack, startStack } from '@app/testing';
import { drained } from './jury-helpers';

const JURY_SECRET = 'jury-secrecy-e2e-secret-0123456789abcdef';
const JURORS = 12;
const REFERENCE = (i: number) => `保密评审-${i + 1}`;

/** Everything a reader of the database and of the organiser's and public endpoints can see at one moment. */
interface Observation {
  /** Per table, each row as JSON. */
  readonly rows: Map<string, Set<string>>;
  /** Per juror id, her roster entry as the organiser sees it. */
  readonly roster: Map<string, string>;
  /** Per candidate, the live tally's sum (what a ballot adds is its marks). */
  readonly sums: number[];
  readonly receipts: string[];
}

/**
 * The linkage attack on the jury's ballots: someone who can read every table (a DBA, an organiser with a copy) and
 * the organiser's roster and live tally polls them after each juror votes, one by one, and tries to say whose
 * ballot each was. Jurors open their codes at the door first, then vote in an order the attacker does not know
 * (what she knows: who opened when, and the live tally, which tells her each ballot's marks). Nothing written when
 * a ballot lands may name its juror, nothing written when a code is opened may be found on a ballot later, and no
 * order kept may pair ballots with openings: each way of attributing does no better than chance.
 */
describe('jury ballot secrecy: the linkage attack (api → BullMQ → worker → PostgreSQL)', () => {
  let stack: Stack;
  let organiser: ApiClient;
  let anyone: ApiClient;
  let campaign: JuryCampaign;
  let jurors: IssuedJuror[];
  const tokens = new Map<string, string>();
  const credentials = new JuryCredentials(validateConfig({ JURY_SECRET }));
  /** Jurors (index) in the order they opened their codes, and the observation after each opening. */
  const openedInOrder: number[] = [];
  const afterOpening: Observation[] = [];
  let beforeOpenings: Observation;
  /** The truth the attacker guesses at: who voted k-th, with what marks and receipt. */
  const votes: { juror: number; marks: number[]; receipt: string; seen: { before: Observation; after: Observation } }[] = [];

  beforeAll(async () => {
    stack = await startStack('jurysecrecy', { JURY_SECRET });
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-jury-secrecy');
    anyone = new ApiClient(stack.baseUrl);
    campaign = await campaignInJuryStage(organiser, { candidates: 3, label: 'secrecy' });
    jurors = await importJurors(organiser, campaign.campaignId, JURORS, '保密评审');
  }, 120_000);

  afterAll(() => stack?.stop());

  /** As they appear in a row's JSON: quoted, so that 保密评审1 is not found inside 保密评审12. */
  const identifying = (i: number) => [jurors[i].jurorId, jurors[i].name, REFERENCE(i)].map((id) => JSON.stringify(id));

  async function observe(): Promise<Observation> {
    const { rows: tables } = await stack.pool.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const rows = new Map<string, Set<string>>();
    for (const { table_name } of tables) {
      const { rows: all } = await stack.pool.query(`SELECT row_to_json(t)::text AS row FROM "${table_name}" t`);
      rows.set(table_name, new Set(all.map((r) => r.row as string)));
    }
    const roster = (await organiser.get(`/campaigns/${campaign.campaignId}/jury/jurors`)).body;
    const tally = (await organiser.get(`/campaigns/${campaign.campaignId}/jury/tally`)).body;
    const receipts = (await anyone.get(`/campaigns/${campaign.campaignId}/jury/receipts`)).body.receipts as string[];
    return {
      rows,
      roster: new Map(roster.jurors.map((j: { jurorId: string }) => [j.jurorId, JSON.stringify(j)])),
      sums: tally.candidates.map((c: { sum: string }) => Number(c.sum)),
      receipts,
    };
  }

  /** The jurors that anything which changed between two observations names (a row, a roster entry). */
  function named(before: Observation, after: Observation): Set<number> {
    const who = new Set<number>();
    for (const [table, rows] of after.rows) {
      for (const row of rows) {
        if (before.rows.get(table)?.has(row)) continue;
        jurors.forEach((_, i) => identifying(i).some((id) => row.includes(id)) && who.add(i));
      }
    }
    jurors.forEach((j, i) => before.roster.get(j.jurorId) !== after.roster.get(j.jurorId) && who.add(i));
    return who;
  }

  /** Every UUID in the database, as text. */
  const uuidsIn = (o: Observation) =>
    new Set([...o.rows.values()].flatMap((rows) => [...rows].flatMap((r) => r.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [])));

  it('jurors open their codes at the door, one by one; the diffing sees each opening and names its juror', async () => {
    beforeOpenings = await observe();
    let before = beforeOpenings;
    const order = shuffled(jurors.map((_, i) => i));
    for (const i of order) {
      tokens.set(jurors[i].jurorId, await ballotToken(stack.baseUrl, jurors[i].code));
      const after = await observe();
      // The attack's tool works: an opening is written next to her name, and the diff finds exactly her.
      expect([...named(before, after)]).toEqual([i]);
      openedInOrder.push(i);
      afterOpening.push(after);
      before = after;
    }
    // Nothing keyed by her pseudonym exists yet: an opening leaves nothing a ballot could later be joined to.
    const pseudonyms = jurors.map((j) => credentials.voter(campaign.campaignId, j.jurorId));
    const present = uuidsIn(before);
    expect(pseudonyms.filter((p) => present.has(p))).toEqual([]);
  });

  it('jurors vote one by one in an order of their own; after each ballot the attacker polls everything', async () => {
    const order = shuffled(jurors.map((_, i) => i));
    let before = afterOpening[afterOpening.length - 1];
    for (const [k, i] of order.entries()) {
      // Distinct marks per juror, so a ballot's content says which juror's it is (to whoever knows the truth).
      const marks = [10 + i, 40 + ((i * 7) % 30), 99 - i];
      const res = await anyone.request(
        'POST',
        '/jury/ballots',
        { scores: campaign.candidacyIds.map((candidacyId, c) => ({ candidacyId, score: marks[c] })) },
        { 'x-ballot-token': tokens.get(jurors[i].jurorId)!, 'idempotency-key': randomUUID() },
      );
      expect(res.status).toBe(202);
      await drained(organiser, campaign.campaignId, k + 1);
      const after = await observe();
      votes.push({ juror: i, marks, receipt: res.body.receipt, seen: { before, after } });
      before = after;
    }
    // The attacker does learn each ballot's marks (the live tally moves by exactly them) and its receipt...
    for (const v of votes) {
      expect(v.seen.after.sums.map((s, c) => s - v.seen.before.sums[c])).toEqual(v.marks);
      expect(v.seen.after.receipts.filter((r) => !v.seen.before.receipts.includes(r))).toEqual([v.receipt]);
    }
  });

  it('...but nothing that changed while a juror voted names her', () => {
    for (const v of votes) expect([...named(v.seen.before, v.seen.after)]).toEqual([]);
  });

  /** A guess per ballot (juror index or undefined); counts how many are right. */
  const hits = (guesses: (number | undefined)[]) => guesses.filter((g, k) => g === votes[k].juror).length;
  /**
   * With 12 jurors a blind guess is right once on average; 6 or more right of a random order happens by chance
   * about once in 1,700 runs.
   */
  const CHANCE_BOUND = 5;

  it('attributing each ballot by what changed when it landed does no better than chance', () => {
    const guesses = votes.map((v) => {
      const who = [...named(v.seen.before, v.seen.after)];
      return who.length ? who[randomInt(who.length)] : undefined;
    });
    expect(hits(guesses)).toBeLessThanOrEqual(CHANCE_BOUND);
  });

  it('attributing by an id on the ballot first seen at an opening (e.g. her pseudonym) does no better than chance', () => {
    const known = uuidsIn(beforeOpenings);
    /** Each id that first appeared in the database at the k-th opening. */
    const firstSeenAt = new Map<string, number>();
    afterOpening.forEach((o, k) => uuidsIn(o).forEach((id) => !known.has(id) && !firstSeenAt.has(id) && firstSeenAt.set(id, k)));
    const guesses = votes.map((v) => {
      const newRows = [...v.seen.after.rows.entries()].flatMap(([t, rows]) => [...rows].filter((r) => !v.seen.before.rows.get(t)?.has(r)));
      const ids = newRows.flatMap((r) => r.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []);
      const k = ids.map((id) => firstSeenAt.get(id)).find((at) => at !== undefined);
      return k !== undefined ? openedInOrder[k] : undefined;
    });
    expect(hits(guesses)).toBeLessThanOrEqual(CHANCE_BOUND);
  });

  it('attributing by order — the k-th ballot by acceptance sequence to the k-th code opened — does no better than chance', async () => {
    const { rows } = await stack.pool.query<{ receipt: string }>(`SELECT receipt FROM jury_ballots WHERE campaign_id = $1 ORDER BY seq`, [campaign.campaignId]);
    expect(rows).toHaveLength(JURORS);
    const openerOfPosition = new Map(rows.map((r, k) => [r.receipt, openedInOrder[k]]));
    expect(hits(votes.map((v) => openerOfPosition.get(v.receipt)))).toBeLessThanOrEqual(CHANCE_BOUND);
  });

  it('a dump holds no juror id, name or reference in a row with marks or a pseudonym; each juror still has one counted ballot and a receipt that verifies', async () => {
    const last = votes[votes.length - 1].seen.after;
    const pseudonyms = jurors.map((j) => credentials.voter(campaign.campaignId, j.jurorId));
    const leaks: string[] = [];
    let rowsWithMarks = 0;
    for (const [table, rows] of last.rows) {
      for (const row of rows) {
        const holdsMarks = /"marks"/.test(row);
        if (holdsMarks) rowsWithMarks += 1;
        const who = jurors.findIndex((_, i) => identifying(i).some((id) => row.includes(id)));
        if (who >= 0 && (holdsMarks || pseudonyms.some((p) => row.includes(p)))) leaks.push(`${table}: ${row.slice(0, 200)}`);
      }
    }
    expect(rowsWithMarks).toBeGreaterThanOrEqual(JURORS); // the search does see the ballots
    expect(leaks).toEqual([]);
    for (const v of votes) expect((await anyone.get(`/campaigns/${campaign.campaignId}/jury/receipts/${v.receipt}`)).body.status).toBe('counted');
  });

  it('after the close, the tally is the hand count and the roster says who voted', async () => {
    await advance(organiser, campaign.campaignId, 'ranking');
    const tally = (await organiser.get(`/campaigns/${campaign.campaignId}/jury/tally`)).body;
    expect(tally.validBallots).toBe(JURORS);
    expect(tally.candidates.map((c: { sum: string }) => Number(c.sum))).toEqual([0, 1, 2].map((c) => votes.reduce((s, v) => s + v.marks[c], 0)));
    const roster = (await organiser.get(`/campaigns/${campaign.campaignId}/jury/jurors`)).body;
    expect([roster.voted, roster.votedKnown]).toEqual([JURORS, true]);
  });
});

/** A uniformly random order (Fisher–Yates with a CSPRNG). */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

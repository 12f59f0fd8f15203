import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ballot path's hand-over, made cheaper and narrower (issue 15):
 * - jury_intake holds a batch as columns of arrays (ballot ids, pseudonyms, sequences, marks, receipts) instead of
 *   one jsonb document: nothing is serialised to JSON, parsed as jsonb, or parsed back out of it per ballot;
 * - the queue job names the batch and carries no ballot: the worker reads the batch from jury_intake (and deletes it)
 *   in the statement that counts it. Only the api writes jury_intake, after checking each juror may vote, in the
 *   transaction that takes her ballot, so the per-ballot acceptance signature (which let the worker trust ballots
 *   that came through Redis) has nothing left to protect and goes;
 * - `jury_accept_batch` takes a flush in ONE round trip: the campaign's advisory lock shared, the stage, who of the
 *   flush's jurors may vote, the flush number, the intake row and the received counter, committed together.
 * Batches still waiting are converted in place.
 */
export class JuryIntakeColumns1765710000000 implements MigrationInterface {
  name = 'JuryIntakeColumns1765710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE jury_intake
        ADD COLUMN ballot_ids uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN voters uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN seqs bigint[] NOT NULL DEFAULT '{}',
        ADD COLUMN marks text[] NOT NULL DEFAULT '{}',
        ADD COLUMN receipts text[] NOT NULL DEFAULT '{}',
        ADD COLUMN accepted_at timestamptz`);
    // A waiting ballot without a pseudonym (voter null) was never going to be counted; it stays out.
    await q.query(`
      UPDATE jury_intake i SET
        ballot_ids = c.ballot_ids, voters = c.voters, seqs = c.seqs, marks = c.marks, receipts = c.receipts, accepted_at = c.accepted_at
      FROM (
        SELECT i2.batch_id,
               coalesce(array_agg((b->>'ballotId')::uuid ORDER BY n) FILTER (WHERE b->>'voter' IS NOT NULL), '{}') AS ballot_ids,
               coalesce(array_agg((b->>'voter')::uuid ORDER BY n) FILTER (WHERE b->>'voter' IS NOT NULL), '{}') AS voters,
               coalesce(array_agg((b->>'seq')::bigint ORDER BY n) FILTER (WHERE b->>'voter' IS NOT NULL), '{}') AS seqs,
               coalesce(array_agg('{' || (SELECT string_agg(m, ',') FROM jsonb_array_elements_text(b->'marks') AS m) || '}' ORDER BY n)
                 FILTER (WHERE b->>'voter' IS NOT NULL), '{}') AS marks,
               coalesce(array_agg(b->>'receipt' ORDER BY n) FILTER (WHERE b->>'voter' IS NOT NULL), '{}') AS receipts,
               min((b->>'acceptedAt')::timestamptz) AS accepted_at
        FROM jury_intake i2, jsonb_array_elements(i2.ballots) WITH ORDINALITY AS e(b, n)
        GROUP BY i2.batch_id
      ) c
      WHERE i.batch_id = c.batch_id`);
    await q.query(`UPDATE jury_intake SET accepted_at = queued_at WHERE accepted_at IS NULL`);
    await q.query(`ALTER TABLE jury_intake DROP COLUMN ballots, ALTER COLUMN accepted_at SET NOT NULL, ALTER COLUMN accepted_at SET DEFAULT now()`);
    await q.query(JURY_ACCEPT_BATCH_FUNCTION);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS jury_accept_batch(uuid, uuid, uuid[], uuid[], uuid[], text[], text[])`);
    await q.query(`ALTER TABLE jury_intake ADD COLUMN ballots jsonb NOT NULL DEFAULT '[]'`);
    // Batches still waiting go back unsigned: the older worker counts signed ballots only, so drain the intake first.
    await q.query(`
      UPDATE jury_intake i SET ballots = coalesce((
        SELECT jsonb_agg(jsonb_build_object('ballotId', t.ballot_id, 'voter', t.voter, 'seq', t.seq::text, 'marks', to_jsonb(t.marks::smallint[]),
                                            'receipt', t.receipt, 'acceptedAt', i.accepted_at) ORDER BY t.n)
        FROM unnest(i.ballot_ids, i.voters, i.seqs, i.marks, i.receipts) WITH ORDINALITY AS t(ballot_id, voter, seq, marks, receipt, n)), '[]')`);
    await q.query(
      `ALTER TABLE jury_intake DROP COLUMN ballot_ids, DROP COLUMN voters, DROP COLUMN seqs, DROP COLUMN marks, DROP COLUMN receipts, DROP COLUMN accepted_at`,
    );
  }
}

/**
 * One flush of the api's ballot batch, one round trip, its own transaction (called in autocommit):
 * 1. the campaign's advisory lock SHARED (stage commands take it exclusively), waiting at most 5 s;
 * 2. then — a new statement, so a snapshot that sees every command committed before the lock was granted — the
 *    stage, whether a paper count was recorded, and a flush number;
 * 3. which ballots come from a juror on the roster whose code was opened and not revoked (the juror ids are
 *    parameters, never stored: the intake row carries pseudonyms only);
 * 4. the accepted ones numbered flush × 1,000,000 + their place, written as one intake row, and the received counter
 *    (one of the campaign's 16 rows) moved by their number.
 * Answers one row per ballot (its place from 1, 'accepted' with its sequence, 'not-a-juror' or 'revoked'), or a single
 * row with place 0 when the whole flush is refused ('not-found', or 'stage' / 'paper' with the stage).
 */
export const JURY_ACCEPT_BATCH_FUNCTION = `
CREATE OR REPLACE FUNCTION jury_accept_batch(
  p_campaign uuid, p_batch uuid, p_jurors uuid[], p_ballot_ids uuid[], p_voters uuid[], p_marks text[], p_receipts text[])
RETURNS TABLE (r_place int, r_outcome text, r_seq text, r_stage text)
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  v_stage text;
  v_paper boolean;
  v_flush bigint;
BEGIN
  PERFORM set_config('lock_timeout', '5s', true);
  PERFORM pg_advisory_xact_lock_shared(hashtextextended(p_campaign::text, 0));
  SELECT c.stage, EXISTS (SELECT 1 FROM jury_paper_counts p WHERE p.campaign_id = c.id) INTO v_stage, v_paper FROM campaigns c WHERE c.id = p_campaign;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 0, 'not-found'::text, NULL::text, NULL::text;
  ELSIF v_stage <> 'jury' THEN
    RETURN QUERY SELECT 0, 'stage'::text, NULL::text, v_stage;
  ELSIF v_paper THEN
    RETURN QUERY SELECT 0, 'paper'::text, NULL::text, v_stage;
  ELSE
    v_flush := nextval('jury_flush_seq');
    RETURN QUERY
    WITH input AS (
      SELECT t.n::int AS place, (j.used_at IS NOT NULL AND j.revoked_at IS NULL) IS TRUE AS ok, (j.revoked_at IS NOT NULL) IS TRUE AS revoked
      FROM unnest(p_jurors) WITH ORDINALITY AS t(juror_id, n)
      LEFT JOIN jury_jurors j ON j.juror_id = t.juror_id AND j.campaign_id = p_campaign
    ), numbered AS (
      SELECT i.place, i.ok, i.revoked,
             CASE WHEN i.ok THEN v_flush * 1000000 + count(*) FILTER (WHERE i.ok) OVER (ORDER BY i.place) - 1 END AS seq
      FROM input i
    ), intake AS (
      INSERT INTO jury_intake (batch_id, campaign_id, ballot_ids, voters, seqs, marks, receipts)
      SELECT p_batch, p_campaign, array_agg(p_ballot_ids[n.place] ORDER BY n.place), array_agg(p_voters[n.place] ORDER BY n.place),
             array_agg(n.seq ORDER BY n.place), array_agg(p_marks[n.place] ORDER BY n.place), array_agg(p_receipts[n.place] ORDER BY n.place)
      FROM numbered n WHERE n.ok HAVING count(*) > 0
    ), received AS (
      INSERT INTO jury_counters AS k (campaign_id, shard, received)
      SELECT p_campaign, (v_flush % 16)::smallint, count(*) FROM numbered n WHERE n.ok HAVING count(*) > 0
      ON CONFLICT (campaign_id, shard) DO UPDATE SET received = k.received + excluded.received
    )
    SELECT n.place, CASE WHEN n.ok THEN 'accepted' WHEN n.revoked THEN 'revoked' ELSE 'not-a-juror' END, n.seq::text, v_stage
    FROM numbered n ORDER BY n.place;
  END IF;
END
$fn$`;

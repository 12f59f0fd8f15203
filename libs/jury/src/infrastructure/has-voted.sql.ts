/**
 * SQL: a ballot under this voter pseudonym was accepted — counted already, or in a batch still waiting in the
 * intake. Both arguments are SQL expressions (bound parameters or columns): a pseudonym never appears in query
 * text, which pg_stat_activity would show next to whatever else the statement names.
 */
export const hasVotedSql = (campaignIdSql: string, voterSql: string) =>
  `(EXISTS (SELECT 1 FROM jury_ballots b WHERE b.campaign_id = ${campaignIdSql} AND b.voter = ${voterSql})
     OR EXISTS (SELECT 1 FROM jury_intake i WHERE i.campaign_id = ${campaignIdSql} AND (${voterSql})::uuid = ANY (i.voters)))`;

import type { QuotaRule } from '../campaign/campaign-config';
import type { Candidacies } from '../candidacy/candidacy';
import type { CandidateAttributes, Quota } from './quota-check';

/** The attributes a quota may refer to, from the candidacy details: the built-in ones and the campaign's extra ones. */
export function candidateAttributes(candidacies: Candidacies): Map<string, CandidateAttributes> {
  return new Map(
    [...candidacies.values()].map((c) => [
      c.id,
      {
        ...(c.details.attributes ?? {}),
        grassrootsFrontline: c.details.grassrootsFrontline,
        employment: c.details.employment,
        gender: c.details.gender,
      },
    ]),
  );
}

/** The campaign's quota rules that apply to one set (the shortlist or the whole elected set), as `checkQuotas` takes them. */
export const quotasFor = (rules: readonly QuotaRule[], appliesTo: QuotaRule['appliesTo']): Quota[] =>
  rules
    .filter((q) => q.appliesTo === appliesTo && q.body === undefined)
    .map((q) => ({ attribute: q.attribute, equals: q.equals ?? true, minSharePercent: q.minSharePercent, maxSharePercent: q.maxSharePercent }));

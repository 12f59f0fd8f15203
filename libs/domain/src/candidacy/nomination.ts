import { invalid } from '../shared/domain-error';

/** The ways a person may come forward for a campaign herself or be put forward by others (issue 16). */
export const NOMINATION_CHANNELS = ['self', 'organisation', 'joint'] as const;
export type NominationChannel = (typeof NOMINATION_CHANNELS)[number];

/**
 * How a candidacy came about. `child-campaign` is never chosen on a form: it is recorded when a parent campaign
 * adopts the finalists of a campaign below it (see hand-over/child-finalists.ts).
 */
export type Nomination =
  | { readonly channel: 'self' }
  | { readonly channel: 'organisation'; readonly nominatingBody: string }
  | { readonly channel: 'joint'; readonly nominators: readonly string[] }
  | { readonly channel: 'child-campaign'; readonly childCampaignId: string; readonly childCandidacyId: string };

export type NominationKind = Nomination['channel'];

/** A campaign's nomination rules; absent means every channel is open with the default joint minimum. */
export interface NominationRules {
  readonly channels?: readonly NominationChannel[];
  readonly jointNominatorsMinimum?: number;
}

/** Five names: a joint nomination is a small group's act, not a petition (Women's Federation practice for 联名推荐). */
export const DEFAULT_JOINT_NOMINATORS_MINIMUM = 5;
export const MAX_JOINT_NOMINATORS_MINIMUM = 100;

/** Candidacies recorded before nominations existed were all self-applications. */
export const SELF_NOMINATION: Nomination = { channel: 'self' };

export const nominationOf = (recorded: Nomination | undefined): Nomination => recorded ?? SELF_NOMINATION;

export const allowedChannels = (rules: NominationRules | undefined): readonly NominationChannel[] => rules?.channels ?? NOMINATION_CHANNELS;

export const jointNominatorsMinimum = (rules: NominationRules | undefined): number => rules?.jointNominatorsMinimum ?? DEFAULT_JOINT_NOMINATORS_MINIMUM;

/** The rules an organiser may set: at least one channel, each once, and a joint minimum of 2 to 100 people. */
export function validateNominationRules(rules: NominationRules | undefined): void {
  if (!rules) return;
  if (rules.channels !== undefined) {
    if (rules.channels.length === 0) throw invalid('nomination.no-channels', 'At least one nomination channel must be open.', 'nomination.channels');
    rules.channels.forEach((c, i) => {
      if (!NOMINATION_CHANNELS.includes(c)) throw invalid('nomination.unknown-channel', `"${c}" is not a nomination channel.`, `nomination.channels.${i}`);
      if (rules.channels!.indexOf(c) !== i) throw invalid('nomination.duplicate-channel', `Channel "${c}" is listed twice.`, `nomination.channels.${i}`);
    });
  }
  const minimum = rules.jointNominatorsMinimum;
  if (minimum !== undefined && (!Number.isInteger(minimum) || minimum < 2 || minimum > MAX_JOINT_NOMINATORS_MINIMUM)) {
    throw invalid(
      'nomination.joint-minimum',
      `A joint nomination needs a whole number of nominators from 2 to ${MAX_JOINT_NOMINATORS_MINIMUM}.`,
      'nomination.jointNominatorsMinimum',
      { maximum: MAX_JOINT_NOMINATORS_MINIMUM },
    );
  }
}

/**
 * A nomination as a candidate (or organiser) gives it: its channel must be open in this campaign, an
 * organisation's recommendation names the body, a joint nomination lists at least the minimum of distinct people.
 * Returns it tidied (names trimmed). Names are compared after trimming, so "王芳" and " 王芳 " are one person.
 */
export function validateNomination(rules: NominationRules | undefined, nomination: Nomination): Nomination {
  if (nomination.channel === 'child-campaign') {
    throw invalid('nomination.channel-not-chosen', 'A candidacy from a child campaign is only recorded when its finalists are adopted.', 'nomination.channel');
  }
  if (!allowedChannels(rules).includes(nomination.channel)) {
    throw invalid('nomination.channel-closed', `This campaign does not take "${nomination.channel}" nominations.`, 'nomination.channel', {
      channel: nomination.channel,
    });
  }
  switch (nomination.channel) {
    case 'self':
      return SELF_NOMINATION;
    case 'organisation': {
      const nominatingBody = (nomination.nominatingBody ?? '').trim();
      if (nominatingBody.length === 0) {
        throw invalid('nomination.body-required', 'A recommendation names the organisation or unit that recommends.', 'nomination.nominatingBody');
      }
      return { channel: 'organisation', nominatingBody };
    }
    case 'joint': {
      const nominators = [...new Set((nomination.nominators ?? []).map((n) => n.trim()).filter((n) => n.length > 0))];
      const minimum = jointNominatorsMinimum(rules);
      if (nominators.length < minimum) {
        throw invalid(
          'nomination.too-few-nominators',
          `A joint nomination needs at least ${minimum} different nominators; ${nominators.length} given.`,
          'nomination.nominators',
          { minimum, given: nominators.length },
        );
      }
      return { channel: 'joint', nominators };
    }
  }
}

/** What the public may know of a nomination: its kind only, never who nominated. */
export const publicNominationKind = (nomination: Nomination | undefined): NominationKind => nominationOf(nomination).channel;

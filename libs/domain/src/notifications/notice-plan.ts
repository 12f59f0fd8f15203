/**
 * Which recorded event tells whom what (issue 17). Pure: the worker turns each planned notice into one delivery
 * per channel, keyed by (event id, recipient, channel), so that an event delivered twice never notifies twice.
 */

export const NOTICE_KINDS = ['expert-assigned', 'candidacy-rejected', 'inspection-starting', 'review-deadline'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** A person by account id, or a candidate by her candidacy (her contact is the one she gave there). */
export type NoticeRecipient = { readonly personId: string } | { readonly candidacyId: string };

export interface PlannedNotice {
  readonly recipient: NoticeRecipient;
  readonly kind: NoticeKind;
  /** Template parameters that the event itself carries (the campaign title and contacts are looked up when sending). */
  readonly params: Readonly<Record<string, string>>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each planner reads the fields its own event type declares
type Payload = Record<string, any>;

const planners: Record<string, (p: Payload) => PlannedNotice[]> = {
  ExpertAddedToPanel: (p) => [assigned(p.expertId, p.candidacyIds)],
  ExpertAssignmentsChanged: (p) => [assigned(p.expertId, p.candidacyIds)],
  CandidacyQualificationDecided: (p) =>
    p.decision === 'rejected' ? [{ recipient: { candidacyId: p.candidacyId }, kind: 'candidacy-rejected', params: { reason: String(p.reason ?? '') } }] : [],
  ShortlistFormed: (p) => (p.members as { candidacyId: string }[]).map((m) => inspection(m.candidacyId)),
  ShortlistMemberReplaced: (p) => (p.replacement ? [inspection(p.replacement.candidacyId)] : []),
};

/** The notices one event calls for; none for the many events nobody needs telling about. */
export function planNotices(event: { readonly type: string; readonly payload: unknown }): PlannedNotice[] {
  const planner = planners[event.type];
  return planner ? planner(event.payload as Payload) : [];
}

/** Types of the events that notify someone (the rest are skipped without a look-up). */
export const NOTIFYING_EVENT_TYPES: readonly string[] = Object.keys(planners);

function assigned(expertId: string, candidacyIds: string[] | null): PlannedNotice {
  return { recipient: { personId: expertId }, kind: 'expert-assigned', params: { projects: candidacyIds === null ? 'all' : String(candidacyIds.length) } };
}

function inspection(candidacyId: string): PlannedNotice {
  return { recipient: { candidacyId }, kind: 'inspection-starting', params: {} };
}

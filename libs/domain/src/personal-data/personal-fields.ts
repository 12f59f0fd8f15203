import type { DomainEvent } from '../shared/domain-event';
import { isSealedFields, openFields, SEALED, sealFields } from './sealed-envelope';

/**
 * Which fields of which events are personal data, and whose (DOMAIN.md, What is kept). Everything a recorded
 * outcome is computed from stays in clear — ids, consents, the quota attributes (gender, employment, grassroots
 * front-line), submission times, budgets — so the verifier recomputes every result from the sealed log. Contact
 * data is always among the sealed fields, so the export never carries it.
 */
const CANDIDATE_DETAILS = ['name', 'contact', 'birthYear', 'education', 'employer', 'sector', 'statement'] as const;
const PROPOSAL_TEXTS = ['title', 'problem', 'beneficiaries', 'actions', 'milestones', 'expectedOutcomes'] as const;
const JUROR = ['name', 'reference'] as const;
const DELEGATE = ['name'] as const;
const OBJECTION_AUTHOR = ['contact'] as const;
/** The people who jointly nominated a candidate; the channel and a recommending organisation's name stay in clear. */
const NOMINATORS = ['nominators'] as const;

/** One person's personal fields inside an event: the key that seals them is hers alone. */
export interface PersonalPart {
  readonly personKey: string;
  readonly fields: readonly string[];
}

/** The id of a person's data key: one per person and campaign, so a campaign's keys are shredded together. */
export const personKeyOf = (campaignId: string, kind: 'candidacy' | 'juror' | 'delegate' | 'objection', id: string) => `${campaignId}/${kind}/${id}`;

type Part = Readonly<Record<string, unknown>>;
type PartMapper = (part: Part, personal: PersonalPart) => Part;

function mapPersonalParts(event: DomainEvent, campaignId: string, map: PartMapper): DomainEvent {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case below reads the fields its own event type declares
  const p = event.payload as Record<string, any>;
  const part = (value: unknown, personal: PersonalPart) => (value && typeof value === 'object' ? map(value as Part, personal) : value);
  switch (event.type) {
    case 'CandidacySubmitted':
    case 'CandidacyEdited': {
      const personKey = personKeyOf(campaignId, 'candidacy', p.candidacyId);
      return {
        type: event.type,
        payload: {
          ...p,
          details: part(p.details, { personKey, fields: CANDIDATE_DETAILS }),
          proposal: part(p.proposal, { personKey, fields: PROPOSAL_TEXTS }),
          ...(p.nomination !== undefined ? { nomination: part(p.nomination, { personKey, fields: NOMINATORS }) } : {}),
        },
      };
    }
    case 'JurorsRegistered':
      return {
        type: event.type,
        payload: {
          ...p,
          jurors: (p.jurors ?? []).map((j: Part) => part(j, { personKey: personKeyOf(campaignId, 'juror', String(j.jurorId)), fields: JUROR })),
        },
      };
    case 'CongressDelegatesRegistered':
      return {
        type: event.type,
        payload: {
          ...p,
          delegates: (p.delegates ?? []).map((d: Part) => part(d, { personKey: personKeyOf(campaignId, 'delegate', String(d.delegateId)), fields: DELEGATE })),
        },
      };
    case 'ObjectionLodged':
      return { type: event.type, payload: part(p, { personKey: personKeyOf(campaignId, 'objection', p.objectionId), fields: OBJECTION_AUTHOR }) };
    default:
      return event;
  }
}

const present = (part: Part, fields: readonly string[]) => fields.filter((f) => part[f] !== undefined);

/** The people whose data keys sealing this event needs. */
export function personKeysIn(event: DomainEvent, campaignId: string): string[] {
  const keys = new Set<string>();
  mapPersonalParts(event, campaignId, (part, { personKey, fields }) => {
    if (present(part, fields).length > 0) keys.add(personKey);
    return part;
  });
  return [...keys];
}

/**
 * The event as the history stores it: each person's fields replaced by one sealed object under her key. A key
 * that is null (already shredded) keeps nothing of the fields but their names.
 */
export function sealPersonalData(event: DomainEvent, campaignId: string, keyOf: (personKey: string) => Buffer | null): DomainEvent {
  return mapPersonalParts(event, campaignId, (part, { personKey, fields }) => {
    const sealed = present(part, fields);
    if (sealed.length === 0 || part[SEALED] !== undefined) return part;
    const rest = Object.fromEntries(Object.entries(part).filter(([k]) => !sealed.includes(k)));
    return { ...rest, [SEALED]: sealFields(keyOf(personKey), personKey, Object.fromEntries(sealed.map((f) => [f, part[f]]))) };
  });
}

/**
 * The event as the domain reads it: sealed fields in clear where the key is held, reading as ERASED where it was
 * shredded. Events recorded before sealing (personal fields in clear) are returned as they are.
 */
export function openPersonalData(event: DomainEvent, campaignId: string, keyOf: (keyId: string) => Buffer | null): DomainEvent {
  return mapPersonalParts(event, campaignId, (part) => {
    const sealed = part[SEALED];
    if (!isSealedFields(sealed)) return part;
    const { [SEALED]: _sealed, ...rest } = part;
    return { ...rest, ...openFields(keyOf(sealed.keyId), sealed) };
  });
}

/** The sealed key ids an event refers to (what a reader must fetch to open it). */
export function sealedKeyIdsIn(event: DomainEvent, campaignId: string): string[] {
  const ids: string[] = [];
  mapPersonalParts(event, campaignId, (part) => {
    const sealed = part[SEALED];
    if (isSealedFields(sealed)) ids.push(sealed.keyId);
    return part;
  });
  return ids;
}

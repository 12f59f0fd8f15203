import { Query } from '@nestjs/cqrs';

/** The person behind an action as she was signed in when she sent the command (name and roles from her token). */
export interface AuditActorView {
  id: string;
  /** null when the command carried no name (e.g. a congress delegate voting with her one-time code) */
  name: string | null;
  roles: string[];
}

/**
 * One recorded fact of a campaign, with who caused it and through which command. Never the payload of the event
 * or of the command: those can hold juror codes and other credentials.
 */
export interface AuditEntryView {
  /** The event's global sequence number (a decimal string); pass it as `after` to read the next page. */
  seq: string;
  /** The event type, e.g. CampaignStageAdvanced */
  type: string;
  occurredAt: string;
  actorId: string;
  actor: AuditActorView;
  /** The command that caused it (null for an event no command caused) */
  commandId: string | null;
  /** The command's type, e.g. AdvanceCampaignStage */
  commandType: string | null;
  /** CampaignStageAdvanced only: the stage entered (so that "opened candidacy" can be told from "closed it") */
  stage?: string;
  /** ObjectionsDismissed only: how many objections and why (the reason is the organiser's own words) */
  dismissal?: { objections: number; reason: string };
}

/** A command about the campaign that was refused (rejected by a rule, or failed) and so changed nothing. */
export interface RefusedAttemptView {
  commandId: string;
  commandType: string;
  status: 'rejected' | 'failed';
  actor: AuditActorView;
  attemptedAt: string;
  refusedAt: string | null;
  reason: { code: string; message: string; kind: string | null; field: string | null; params?: Readonly<Record<string, string | number>> };
}

/** Everyone who acted on the campaign (or tried to), for the organiser's "filter by person". */
export interface AuditPersonView extends AuditActorView {
  /** recorded events caused by this person */
  actions: number;
  /** refused commands sent by this person */
  refused: number;
}

export interface AuditTrailFilter {
  actorId?: string;
  /** event type */
  type?: string;
  /** only events with a sequence number greater than this (paging) */
  after?: string;
  limit: number;
}

export interface RefusedAttemptsFilter {
  actorId?: string;
  /** command type */
  type?: string;
  /** skip this many (paging; oldest first) */
  offset: number;
  limit: number;
}

/** Who did what, when, through which command: the audit log (fed asynchronously from the events queue), oldest first. */
export class GetAuditTrailQuery extends Query<AuditEntryView[]> {
  constructor(
    readonly campaignId: string,
    readonly filter: AuditTrailFilter,
  ) {
    super();
  }
}

/** Who tried what and was refused, with the reason, oldest first. */
export class GetRefusedAttemptsQuery extends Query<RefusedAttemptView[]> {
  constructor(
    readonly campaignId: string,
    readonly filter: RefusedAttemptsFilter,
  ) {
    super();
  }
}

/** Everyone in the campaign's audit trail or refused attempts, with counts. */
export class GetAuditPeopleQuery extends Query<AuditPersonView[]> {
  constructor(readonly campaignId: string) {
    super();
  }
}

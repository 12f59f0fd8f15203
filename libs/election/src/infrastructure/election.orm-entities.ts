import { Column, Entity, PrimaryColumn } from 'typeorm';
import type {
  CompetitiveException,
  CongressRoundClosed,
  CongressRoundKind,
  CongressVotingMethod,
  MajorityBase,
  Mark,
  PaperCount,
  QuorumRule,
} from '@app/domain';

/** The congress roster: one row per registered delegate; checked in = present from then on. */
@Entity({ name: 'election_delegates' })
export class ElectionDelegateOrmEntity {
  @PrimaryColumn('uuid', { name: 'campaign_id' }) campaignId: string;
  @PrimaryColumn('text', { name: 'delegate_id' }) delegateId: string;
  @Column('text') name: string;
  /** Registration order, 1, 2, … */
  @Column('integer') ordinal: number;
  @Column('timestamptz', { name: 'checked_in_at', nullable: true }) checkedInAt: Date | null;
}

/** One row per round, with its ballot, attendance, progress and — once closed — its outcome and minutes. */
@Entity({ name: 'election_rounds' })
export class ElectionRoundOrmEntity {
  @PrimaryColumn('uuid', { name: 'round_id' }) roundId: string;
  @Column('uuid', { name: 'campaign_id' }) campaignId: string;
  @Column('text', { name: 'position_key' }) positionKey: string;
  @Column('integer') number: number;
  @Column('integer', { name: 'position_round' }) positionRound: number;
  @Column('text') kind: CongressRoundKind;
  @Column('uuid', { name: 'repeat_of', nullable: true }) repeatOf: string | null;
  @Column('text') method: CongressVotingMethod;
  @Column('text') status: 'open' | 'closed';
  @Column('integer') seats: number;
  @Column('jsonb', { name: 'candidate_ids' }) candidateIds: string[];
  @Column('jsonb', { name: 'write_in_eligible_ids', nullable: true }) writeInEligibleIds: string[] | null;
  @Column('jsonb', { name: 'competitive_exception', nullable: true }) competitiveException: CompetitiveException | null;
  @Column('integer', { name: 'registered_delegates' }) registeredDelegates: number;
  @Column('integer', { name: 'present_delegates' }) presentDelegates: number;
  @Column('jsonb', { name: 'present_delegate_ids' }) presentDelegateIds: string[];
  @Column('jsonb') quorum: QuorumRule;
  @Column('text', { name: 'majority_base' }) majorityBase: MajorityBase;
  @Column('integer', { name: 'credentials_issued' }) credentialsIssued: number;
  @Column('integer', { name: 'ballots_cast' }) ballotsCast: number;
  @Column('jsonb', { name: 'paper_count', nullable: true }) paperCount: PaperCount | null;
  @Column('jsonb', { nullable: true }) outcome: Omit<CongressRoundClosed['payload'], 'campaignId'> | null;
  @Column('timestamptz', { name: 'opened_at' }) openedAt: Date;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt: Date | null;
}

/** A one-time credential: only the hash of its code, and whether it was spent. Never the delegate it went to. */
@Entity({ name: 'election_credentials' })
export class ElectionCredentialOrmEntity {
  @PrimaryColumn('uuid', { name: 'campaign_id' }) campaignId: string;
  @PrimaryColumn('char', { name: 'code_hash', length: 64 }) codeHash: string;
  @Column('uuid', { name: 'round_id' }) roundId: string;
  @Column('boolean') used: boolean;
}

/** A secret electronic ballot: neither delegate nor credential nor time. */
@Entity({ name: 'election_ballots' })
export class ElectionBallotOrmEntity {
  @PrimaryColumn('uuid', { name: 'ballot_id' }) ballotId: string;
  @Column('uuid', { name: 'campaign_id' }) campaignId: string;
  @Column('uuid', { name: 'round_id' }) roundId: string;
  @Column('jsonb') marks: Record<string, Mark>;
  @Column('jsonb', { name: 'write_ins' }) writeIns: string[];
  /** null for ballots recorded before receipts. */
  @Column('char', { length: 64, nullable: true }) receipt: string | null;
}

/** A ballot in an open round's box: neither delegate nor credential nor time; it enters the log when the round closes. */
@Entity({ name: 'election_ballot_box' })
export class ElectionBallotBoxOrmEntity {
  @PrimaryColumn('uuid', { name: 'ballot_id' }) ballotId: string;
  @Column('uuid', { name: 'campaign_id' }) campaignId: string;
  @Column('uuid', { name: 'round_id' }) roundId: string;
  @Column('jsonb') marks: Record<string, Mark>;
  @Column('jsonb', { name: 'write_ins' }) writeIns: string[];
  @Column('char', { length: 64 }) receipt: string;
}

/** A position whose seats are all filled. */
@Entity({ name: 'election_positions' })
export class ElectionPositionOrmEntity {
  @PrimaryColumn('uuid', { name: 'campaign_id' }) campaignId: string;
  @PrimaryColumn('text', { name: 'position_key' }) positionKey: string;
  @Column('jsonb', { name: 'candidacy_ids' }) candidacyIds: string[];
  @Column('timestamptz', { name: 'filled_at' }) filledAt: Date;
}

/** The election is complete: every seat of every position is filled. */
@Entity({ name: 'election_completions' })
export class ElectionCompletionOrmEntity {
  @PrimaryColumn('uuid', { name: 'campaign_id' }) campaignId: string;
  @Column('jsonb') elected: { positionKey: string; candidacyIds: string[] }[];
  @Column('timestamptz', { name: 'completed_at' }) completedAt: Date;
}

export const ELECTION_ENTITIES = [
  ElectionDelegateOrmEntity,
  ElectionRoundOrmEntity,
  ElectionCredentialOrmEntity,
  ElectionBallotOrmEntity,
  ElectionBallotBoxOrmEntity,
  ElectionPositionOrmEntity,
  ElectionCompletionOrmEntity,
];

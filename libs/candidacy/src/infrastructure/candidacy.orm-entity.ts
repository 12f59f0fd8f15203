import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CandidacyConsent, CandidacyStatus, CandidateDetails, Nomination, ProjectProposal } from '@app/domain';

/** Read model of a candidacy, kept by CandidacyProjector. */
@Entity({ name: 'candidacies' })
export class CandidacyOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'campaign_id' }) campaignId: string;
  @Column('text', { name: 'candidate_id' }) candidateId: string;
  @Column('text') name: string;
  @Column('jsonb') details: CandidateDetails;
  @Column('jsonb') proposal: ProjectProposal;
  /** Null for candidacies recorded before consent was asked for. */
  @Column('jsonb', { nullable: true }) consent: CandidacyConsent | null;
  /** Null for candidacies recorded before nominations: self-applications. */
  @Column('jsonb', { nullable: true }) nomination: Nomination | null;
  @Column('text') status: CandidacyStatus;
  @Column('text', { name: 'qualification_reason', nullable: true }) qualificationReason: string | null;
  @Column('timestamptz', { name: 'submitted_at' }) submittedAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PanelGrade, SheetStatus } from '@app/domain';

/** A member of a campaign's expert panel, kept by EvaluationProjector. */
@Entity({ name: 'evaluation_experts' })
export class ExpertOrmEntity {
  @PrimaryColumn('uuid', { name: 'campaign_id' }) campaignId: string;
  @PrimaryColumn('text', { name: 'expert_id' }) expertId: string;
  @Column('text') name: string;
  /** null: every qualified candidacy. */
  @Column('jsonb', { name: 'candidacy_ids', nullable: true }) candidacyIds: string[] | null;
  @Column('bigint', { name: 'added_seq' }) addedSeq: string;
  @Column('timestamptz', { name: 'added_at' }) addedAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

/** A conflict of interest: the expert is recused for the candidacy. */
@Entity({ name: 'evaluation_recusals' })
export class RecusalOrmEntity {
  @PrimaryColumn('uuid', { name: 'campaign_id' }) campaignId: string;
  @PrimaryColumn('text', { name: 'expert_id' }) expertId: string;
  @PrimaryColumn('uuid', { name: 'candidacy_id' }) candidacyId: string;
  @Column('text') reason: string;
  @Column('text', { name: 'declared_by' }) declaredBy: 'expert' | 'organiser';
  @Column('text', { name: 'declared_by_actor' }) declaredByActor: string;
  @Column('timestamptz', { name: 'declared_at' }) declaredAt: Date;
}

/** One expert's sheet for one candidacy. `total` is exact decimal text (numeric), present only while submitted. */
@Entity({ name: 'score_sheets' })
export class ScoreSheetOrmEntity {
  @PrimaryColumn('uuid', { name: 'campaign_id' }) campaignId: string;
  @PrimaryColumn('uuid', { name: 'candidacy_id' }) candidacyId: string;
  @PrimaryColumn('text', { name: 'expert_id' }) expertId: string;
  @Column('text') status: SheetStatus;
  @Column('jsonb') scores: Record<string, string>;
  @Column('text') comment: string;
  @Column('numeric', { nullable: true }) total: string | null;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt: Date | null;
  @Column('int', { name: 'submit_count' }) submitCount: number;
  @Column('int', { name: 'unlock_count' }) unlockCount: number;
  @Column('text', { name: 'last_unlock_reason', nullable: true }) lastUnlockReason: string | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

/** The project review part score of a candidacy (0–100, 2 places, exact), recomputed when its counted sheets change. */
@Entity({ name: 'project_review_scores' })
export class ProjectReviewScoreOrmEntity {
  @PrimaryColumn('uuid', { name: 'candidacy_id' }) candidacyId: string;
  @Column('uuid', { name: 'campaign_id' }) campaignId: string;
  /** numeric(5,2) as text, e.g. "81.33"; null while no sheet counts. */
  @Column('numeric', { precision: 5, scale: 2, nullable: true }) score: string | null;
  @Column('int', { name: 'sheet_count' }) sheetCount: number;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

/** One panel member's grade and opinion on one candidacy. */
@Entity({ name: 'panel_grades' })
export class PanelGradeOrmEntity {
  @PrimaryColumn('uuid', { name: 'campaign_id' }) campaignId: string;
  @PrimaryColumn('uuid', { name: 'candidacy_id' }) candidacyId: string;
  @PrimaryColumn('text', { name: 'expert_id' }) expertId: string;
  @Column('text') grade: PanelGrade;
  @Column('text') opinion: string;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt: Date;
}

export const EVALUATION_ENTITIES = [ExpertOrmEntity, RecusalOrmEntity, ScoreSheetOrmEntity, ProjectReviewScoreOrmEntity, PanelGradeOrmEntity];

import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CampaignConfig, CampaignStage } from '@app/domain';

/** Read model of a campaign, kept by CampaignProjector. */
@Entity({ name: 'campaigns' })
export class CampaignOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') title: string;
  @Column('text', { name: 'organising_body' }) organisingBody: string;
  @Column('text') stage: CampaignStage;
  @Column('jsonb') config: CampaignConfig;
  @Column('text', { name: 'created_by' }) createdBy: string;
  @Column('uuid', { name: 'organisation_id', nullable: true }) organisationId: string | null;
  @Column('int') version: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  /** Set when the draft was discarded: such a campaign is in no list and cannot be read as a campaign any more. */
  @Column('timestamptz', { name: 'discarded_at', nullable: true }) discardedAt: Date | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CampaignConfig, CampaignOrigin, CampaignStage, ExtendableDeadline } from '@app/domain';

/** One extension of a deadline as the campaign page lists it. */
export interface DeadlineExtensionRecord {
  deadline: ExtendableDeadline;
  from: string;
  to: string;
  reason: string;
  extendedAt: string;
  extendedBy: string;
}

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
  /** The template or past campaign its configuration started from; null when entered from scratch. */
  @Column('jsonb', { nullable: true }) origin: CampaignOrigin | null;
  /** Every deadline extension, oldest first (the events hold the same; this is what the campaign page reads). */
  @Column('jsonb', { name: 'deadline_extensions', default: () => "'[]'::jsonb" }) deadlineExtensions: DeadlineExtensionRecord[];
}

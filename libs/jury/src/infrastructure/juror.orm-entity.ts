import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read model of the juror roster, kept by JuryProjector; `used_at` (first opened) is written by the code exchange. Nothing is written here when she votes. */
@Entity({ name: 'jury_jurors' })
export class JurorOrmEntity {
  @PrimaryColumn('uuid', { name: 'juror_id' }) jurorId: string;
  @Column('uuid', { name: 'campaign_id' }) campaignId: string;
  @Column('text') name: string;
  @Column('text', { nullable: true }) reference: string | null;
  @Column('text', { name: 'user_id', nullable: true }) userId: string | null;
  @Column('text', { name: 'code_hash', select: false }) codeHash: string;
  @Column('int', { nullable: true }) line: number | null;
  @Column('timestamptz', { name: 'registered_at' }) registeredAt: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column('text', { name: 'revoke_reason', nullable: true }) revokeReason: string | null;
}

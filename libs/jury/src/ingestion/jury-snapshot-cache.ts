import { Injectable } from '@nestjs/common';
import type { BallotPaper, CampaignStage } from '@app/domain';
import { JuryStore } from '../infrastructure/jury-store';

export interface JurySnapshot {
  readonly campaignId: string;
  readonly stage: CampaignStage;
  /** Fixed when the jury stage starts and never changed after, so it may be cached for good. */
  readonly paper?: BallotPaper;
}

const STAGE_TTL_MS = 1000;
const MAX_CAMPAIGNS = 1000;

/**
 * What the ballot path checks a ballot against without a database round trip per request: the ballot paper
 * (immutable once fixed) and the campaign's stage (refreshed at most once a second). The stage here only lets a
 * late ballot fail fast; the batch flush re-reads it under the campaign lock, and that read is the one that counts.
 */
@Injectable()
export class JurySnapshotCache {
  private readonly entries = new Map<string, { snapshot?: JurySnapshot; loadedAt: number; loading?: Promise<JurySnapshot | undefined> }>();

  constructor(private readonly store: JuryStore) {}

  async get(campaignId: string): Promise<JurySnapshot | undefined> {
    const entry = this.entries.get(campaignId);
    if (entry?.snapshot && Date.now() - entry.loadedAt < STAGE_TTL_MS) return entry.snapshot;
    if (entry?.loading) return entry.snapshot ?? entry.loading;
    const loading = this.load(campaignId);
    const next = { snapshot: entry?.snapshot, loadedAt: entry?.loadedAt ?? 0, loading };
    this.entries.set(campaignId, next);
    if (this.entries.size > MAX_CAMPAIGNS) this.entries.delete(this.entries.keys().next().value!);
    try {
      const snapshot = await loading;
      this.entries.set(campaignId, { snapshot, loadedAt: Date.now() });
      return snapshot;
    } catch (err) {
      this.entries.delete(campaignId);
      throw err;
    }
  }

  private async load(campaignId: string): Promise<JurySnapshot | undefined> {
    const stage = await this.store.stageOf(campaignId);
    if (!stage) return undefined;
    const known = this.entries.get(campaignId)?.snapshot?.paper;
    const paper = known ?? (await this.store.ballotPaper(campaignId));
    return { campaignId, stage, ...(paper ? { paper } : {}) };
  }
}

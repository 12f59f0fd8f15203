/** An event as stored: its place in the campaign's stream, in the global order and in the hash chain. */
export interface StoredEvent<TPayload = unknown> {
  readonly seq: string;
  readonly id: string;
  readonly campaignId: string;
  readonly version: number;
  readonly type: string;
  readonly payload: TPayload;
  readonly actorId: string;
  readonly commandId: string | null;
  readonly occurredAt: Date;
  readonly prevHash: string;
  readonly hash: string;
}

import type { DomainEvent } from './domain-event';

/**
 * A fold written once and run two ways: from the start of a history, or resumed from the state it had reached at
 * an earlier prefix of the same history (a snapshot). Both give the same state: `fold.spec.ts` checks it for
 * every fold in `ALL_FOLDS` on random histories.
 *
 * `resume` turns a sealed state into a working copy that `apply` may change without touching the sealed state —
 * snapshots are shared with later commands, so a fold that wrote into one would corrupt them. Copying lazily
 * (`PersistentMap` drafts) keeps a resume free when no event of the tail concerns the fold.
 */
export interface Fold<S, W = S> {
  /** Unique among folds: the key of its snapshots. */
  readonly name: string;
  /** Raised whenever the state's shape or an event's meaning changes: a snapshot of another version is never resumed. */
  readonly version: number;
  readonly initial: () => S;
  readonly resume: (state: S) => W;
  readonly apply: (working: W, event: DomainEvent) => W;
  readonly seal: (working: W) => S;
}

/** A fold whose state is replaced, never changed in place (a scalar, or a record rebuilt on each relevant event). */
export function immutableFold<S>(name: string, version: number, initial: () => S, evolve: (state: S, event: DomainEvent) => S): Fold<S> {
  const same = (s: S) => s;
  return { name, version, initial, resume: same, apply: evolve, seal: same };
}

interface Snapshot {
  readonly version: number;
  /** How many events of the history the state covers. */
  readonly length: number;
  readonly state: unknown;
}

/**
 * The folded states of one stream, each with the length of the prefix it covers. Whoever attaches a memo to a
 * history promises that every history it is attached to extends the same first events (the event store holds
 * one memo per cached stream and drops it when the stream turns out different).
 */
/** Any fold, whatever its state and draft: the memo reads only its name and version. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a fold's state and draft types vary per fold; only name and version are read
export type AnyFold = Fold<any, any>;

export class FoldMemo {
  private readonly snapshots = new Map<string, Snapshot>();

  latest(fold: AnyFold, maxLength: number): Snapshot | undefined {
    const s = this.snapshots.get(fold.name);
    return s && s.version === fold.version && s.length <= maxLength ? s : undefined;
  }

  record(fold: AnyFold, length: number, state: unknown): void {
    const s = this.snapshots.get(fold.name);
    if (!s || s.version !== fold.version || s.length <= length) this.snapshots.set(fold.name, { version: fold.version, length, state });
  }
}

const MEMO = Symbol('fold memo');

/** Lets every fold of this history resume from, and leave, snapshots in `memo`. */
export function withFoldMemo<T extends readonly DomainEvent[]>(history: T, memo: FoldMemo): T {
  Object.defineProperty(history, MEMO, { value: memo, enumerable: false });
  return history;
}

/**
 * The fold's state after the whole history: resumed from the memo's snapshot when the history carries one (a copy
 * or a filtered array never does, so it is folded from the start), and left in it for the next command.
 */
export function foldHistory<S, W>(fold: Fold<S, W>, history: readonly DomainEvent[]): S {
  const memo = (history as { [MEMO]?: FoldMemo })[MEMO];
  const snapshot = memo?.latest(fold, history.length);
  if (snapshot && snapshot.length === history.length) return snapshot.state as S;
  let working = fold.resume(snapshot ? (snapshot.state as S) : fold.initial());
  for (let i = snapshot?.length ?? 0; i < history.length; i += 1) working = fold.apply(working, history[i]);
  const state = fold.seal(working);
  memo?.record(fold, history.length, state);
  return state;
}

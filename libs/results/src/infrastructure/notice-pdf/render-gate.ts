/** Refusal when too many renders already wait: the caller answers 503 with Retry-After. */
export class RenderQueueFull extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many PDF renders are waiting; try again in ${retryAfterSeconds} s.`);
    this.name = 'RenderQueueFull';
  }
}

export interface RenderGateLimits {
  /** Renders at once: each holds a Chromium page (tens to hundreds of MB). */
  readonly concurrency: number;
  /** Renders allowed to wait for a free slot; more are refused rather than piling up memory and latency. */
  readonly maxWaiting: number;
  readonly retryAfterSeconds: number;
}

/** At most `concurrency` renders at once, first come first served, and a bounded line of waiting ones. */
export class RenderGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limits: RenderGateLimits) {}

  async run<T>(render: () => Promise<T>): Promise<T> {
    if (this.running >= this.limits.concurrency) {
      if (this.waiting.length >= this.limits.maxWaiting) throw new RenderQueueFull(this.limits.retryAfterSeconds);
      // The slot is handed over by the render that finishes (see below), so `running` never dips in between.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await render();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  stats(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}

import { RenderGate, RenderQueueFull } from './render-gate';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};
const tick = () => new Promise((r) => setImmediate(r));

describe('RenderGate: at most N renders at once, a bounded line of waiting ones, refusal beyond it', () => {
  it('runs one at a time with concurrency 1, in arrival order', async () => {
    const gate = new RenderGate({ concurrency: 1, maxWaiting: 5, retryAfterSeconds: 3 });
    const order: string[] = [];
    const first = deferred();
    const a = gate.run(async () => {
      order.push('a start');
      await first.promise;
      order.push('a end');
    });
    const b = gate.run(async () => {
      order.push('b start');
    });
    await tick();
    expect(order).toEqual(['a start']);
    expect(gate.stats()).toEqual({ running: 1, waiting: 1 });
    first.resolve();
    await Promise.all([a, b]);
    expect(order).toEqual(['a start', 'a end', 'b start']);
    expect(gate.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses with RenderQueueFull (and when to come back) once the line of waiting renders is full', async () => {
    const gate = new RenderGate({ concurrency: 2, maxWaiting: 1, retryAfterSeconds: 7 });
    const hold = deferred();
    const running = [gate.run(() => hold.promise), gate.run(() => hold.promise)];
    const waiting = gate.run(async () => 'waited');
    await expect(gate.run(async () => 'refused')).rejects.toEqual(new RenderQueueFull(7));
    hold.resolve();
    await Promise.all(running);
    await expect(waiting).resolves.toBe('waited');
    await expect(gate.run(async () => 'room again')).resolves.toBe('room again');
  });

  it('frees its place when a render fails', async () => {
    const gate = new RenderGate({ concurrency: 1, maxWaiting: 0, retryAfterSeconds: 1 });
    await expect(
      gate.run(async () => {
        throw new Error('chromium crashed');
      }),
    ).rejects.toThrow('chromium crashed');
    await expect(gate.run(async () => 'next')).resolves.toBe('next');
    expect(gate.stats()).toEqual({ running: 0, waiting: 0 });
  });
});

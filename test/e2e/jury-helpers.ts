import type { ApiClient } from '@app/testing';

/** Polls until the check passes (returns truthy) or the time is up. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} not reached in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until every accepted ballot of the campaign is written (pending 0, processed = received ≥ atLeast). */
export async function drained(organiser: ApiClient, campaignId: string, atLeast = 0, timeoutMs = 30_000) {
  return eventually(
    async () => {
      const { body } = await organiser.get(`/campaigns/${campaignId}/jury/tally`);
      const p = body?.progress;
      return p && p.pending === 0 && p.processed === p.received && p.received >= atLeast ? body : undefined;
    },
    timeoutMs,
    'all accepted ballots counted',
  );
}

/** Reads server-sent events from a stream until `until` accepts one; returns the events read. */
export async function readEvents(url: string, until: (event: { type: string; data: any }) => boolean, timeoutMs = 10_000) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const events: { type: string; data: any }[] = [];
  let contentType = '';
  try {
    const res = await fetch(url, { signal: controller.signal, headers: { accept: 'text/event-stream' } });
    contentType = res.headers.get('content-type') ?? '';
    if (res.status !== 200) throw new Error(`SSE ${res.status}: ${await res.text()}`);
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const type = /^event: ?(.*)$/m.exec(block)?.[1] ?? 'message';
        const data = block
          .split('\n')
          .filter((l) => l.startsWith('data:'))
          .map((l) => l.replace(/^data: ?/, ''))
          .join('\n');
        const event = { type, data: data ? JSON.parse(data) : undefined };
        events.push(event);
        if (until(event)) return { contentType, events };
      }
    }
  } catch (err) {
    if ((err as Error).name !== 'AbortError') throw err;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return { contentType, events };
}

import { randomUUID } from 'node:crypto';
import type { Role } from '@app/domain';

export interface ApiResponse<T = any> {
  readonly status: number;
  readonly body: T;
}

/** One request and its answer, as an observer sees it (body parsed when it was JSON). */
export interface ApiExchange {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly contentType: string | null;
  readonly body: unknown;
}

const observers = new Set<(exchange: ApiExchange) => void>();

/** A thin client of the public HTTP API, signed in as one person: used by the demo seed, the benchmarks and the e2e tests. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
    readonly userId?: string,
  ) {}

  static async login(baseUrl: string, roles: Role[], userId: string = randomUUID(), name?: string): Promise<ApiClient> {
    const res = await new ApiClient(baseUrl).request('POST', '/auth/dev-login', { userId, roles, name });
    if (res.status !== 200) throw new Error(`dev-login failed: ${res.status} ${JSON.stringify(res.body)}`);
    return new ApiClient(baseUrl, res.body.token, userId);
  }

  /** Shows every answer any client receives to `observer` (the contract test checks them) until the returned stop. */
  static observe(observer: (exchange: ApiExchange) => void): () => void {
    observers.add(observer);
    return () => observers.delete(observer);
  }

  anonymous(): ApiClient {
    return new ApiClient(this.baseUrl);
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    for (const observer of observers) observer({ method, path, status: res.status, contentType: res.headers.get('content-type'), body: parsed });
    return { status: res.status, body: parsed as T };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }

  /** Sends a command and waits for its outcome (`?wait=true`). */
  command<T = any>(method: string, path: string, body?: unknown, idempotencyKey?: string) {
    const sep = path.includes('?') ? '&' : '?';
    return this.request<T>(method, `${path}${sep}wait=true&waitMs=20000`, body, idempotencyKey ? { 'idempotency-key': idempotencyKey } : {});
  }

  /** Polls GET /commands/:id until the command is no longer pending. */
  async outcome(commandId: string, timeoutMs = 30000): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const res = await this.get(`/commands/${commandId}`);
      if (res.status === 200 && res.body.status !== 'pending') return res.body;
      if (Date.now() > deadline) throw new Error(`command ${commandId} still pending after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

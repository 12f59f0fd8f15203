import { getSession, clearSession } from '../auth/session';
import { currentSession } from '../auth/sessionRefresh';
import type { Schemas } from './contract';

/** One broken rule of a request, as the api reports it: 400 errors[] or the `field` of a 422. */
export interface FieldError {
  field: string;
  rule?: string;
  message: string;
  /** The variable parts of a refusal (a 422/409 with a field), for our own sentence. */
  params?: Readonly<Record<string, string | number>>;
}

/** Any answer that is not a success: keeps the status, the api's code and message, and the field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    readonly fieldErrors: FieldError[] = [],
    readonly body?: unknown,
    /** The refusal's variable parts (times, titles, names, numbers), to word it in the reader's language. */
    readonly params?: Readonly<Record<string, string | number>>,
  ) {
    super(message);
  }

  static from(status: number, body: unknown): ApiError {
    const b = (body && typeof body === 'object' ? body : {}) as {
      message?: unknown;
      code?: string;
      field?: string;
      errors?: FieldError[];
      params?: Record<string, string | number>;
    };
    const message = Array.isArray(b.message) ? b.message.join('; ') : typeof b.message === 'string' ? b.message : `HTTP ${status}`;
    const fieldErrors = Array.isArray(b.errors) ? b.errors : b.field ? [{ field: b.field, rule: b.code, message, params: b.params }] : [];
    return new ApiError(status, message, b.code, fieldErrors, body, b.params);
  }
}

/** What every command answers (202 pending, or with ?wait=true the outcome); `result` as the command names it. */
export type CommandOutcome<R = Record<string, unknown>> = Omit<Schemas['CommandOutcome'], 'result'> & { result?: R };

let onUnauthorised: () => void = () => undefined;
/** The app decides what a 401 means (back to the sign-in page). */
export function setUnauthorisedHandler(handler: () => void): void {
  onUnauthorised = handler;
}

/** One HTTP exchange: JSON in, JSON (or text) out. */
async function exchange(
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<{ status: number; ok: boolean; parsed: unknown }> {
  const res = await fetch(path, {
    method,
    headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  return { status: res.status, ok: res.ok, parsed };
}

/** A request as the signed-in person (her bearer token); a 401 ends her session. */
export async function request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const hadSession = !!getSession();
  const session = await currentSession();
  if (hadSession && !session) onUnauthorised(); // the refresh was refused: the session has ended
  const res = await exchange(method, path, body, { ...(session ? { authorization: `Bearer ${session.token}` } : {}), ...headers });
  if (res.status === 401 && session) {
    clearSession();
    onUnauthorised();
  }
  if (!res.ok) throw ApiError.from(res.status, res.parsed);
  return res.parsed as T;
}

/**
 * A request that never carries the signed-in person's token: public pages, and pages where a one-time code or a
 * ballot token is the credential (a juror's or delegate's phone may also hold an organiser's session).
 */
export async function anonymousRequest<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await exchange(method, path, body, headers);
  if (!res.ok) throw ApiError.from(res.status, res.parsed);
  return res.parsed as T;
}

/** A command the rules refused (or that failed) becomes an ApiError carrying the field it concerns. */
export function throwIfRefused<O extends Pick<CommandOutcome, 'status' | 'error'>>(outcome: O): O {
  if (outcome.status === 'rejected' || outcome.status === 'failed') {
    const e = outcome.error;
    throw new ApiError(
      409,
      e?.message ?? 'rejected',
      e?.code,
      e?.field ? [{ field: e.field, rule: e.code, message: e.message, params: e.params }] : [],
      outcome,
      e?.params,
    );
  }
  return outcome;
}

/** A fresh Idempotency-Key: the same click retried is the same request. */
export const newIdempotencyKey = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

export const get = <T>(path: string) => request<T>('GET', path);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Sends a command and resolves with its outcome: waits on the server (?wait=true), then polls GET /commands/:id
 * while it is still pending. A rejection becomes an ApiError carrying the field it concerns. The idempotency key
 * makes a retried click safe.
 */
export async function command<R = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<CommandOutcome<R>> {
  const key = newIdempotencyKey();
  const sep = path.includes('?') ? '&' : '?';
  let outcome = await request<CommandOutcome<R>>(method, `${path}${sep}wait=true&waitMs=15000`, body, { 'idempotency-key': key });
  const deadline = Date.now() + 60_000;
  while (outcome.status === 'pending' && Date.now() < deadline) {
    await sleep(500);
    outcome = await get<CommandOutcome<R>>(`/commands/${outcome.commandId}`);
  }
  return throwIfRefused(outcome);
}

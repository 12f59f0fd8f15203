import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '@app/domain';
import { ApiClient, type Stack, startStack } from '@app/testing';

interface Operation {
  method: string;
  path: string;
  roles: string[];
}

/**
 * Walks every route of the OpenAPI document × every role (and no token at all) and checks the answer against
 * the route's declared roles (`x-roles`): 401 without a token, 403 for a role not named, neither for a role named.
 * Ownership (her own candidacy, her own sheet) is tested per context; this test guards the role table itself.
 */
describe('route table × roles', () => {
  let stack: Stack;
  let operations: Operation[] = [];
  const clients = new Map<Role, ApiClient>();

  beforeAll(async () => {
    stack = await startStack('routes');
    const doc = (await new ApiClient(stack.baseUrl).get('/api/docs-json')).body;
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        operations.push({ method: method.toUpperCase(), path, roles: op['x-roles'] ?? [] });
      }
    }
    for (const role of ROLES) clients.set(role, await ApiClient.login(stack.baseUrl, [role], `route-table-${role}`));
  });

  afterAll(() => stack?.stop());

  /** Sends the request and returns only the status: streaming routes (server-sent events) are not read to the end. */
  async function statusOf(op: Operation, token?: string): Promise<number> {
    const url = stack.baseUrl + op.path.replace(/\{[^}]+\}/g, () => randomUUID());
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 10_000);
    try {
      const res = await fetch(url, {
        method: op.method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: ['GET', 'HEAD'].includes(op.method) ? undefined : '{}',
        signal: controller.signal,
      });
      controller.abort();
      return res.status;
    } finally {
      clearTimeout(timer);
    }
  }

  it('documents who may call every route', () => {
    expect(operations.length).toBeGreaterThan(10);
    const undeclared = operations.filter((op) => op.roles.length === 0).map((op) => `${op.method} ${op.path}`);
    expect(undeclared).toEqual([]);
  });

  it('answers every route × role as declared', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const op of operations) {
      const isPublic = op.roles.includes('public');
      const anonymous = await statusOf(op);
      checked += 1;
      if (isPublic ? anonymous === 403 || anonymous >= 500 : anonymous !== 401) mismatches.push(`${op.method} ${op.path} anonymous → ${anonymous}`);
      if (isPublic) continue;
      for (const role of ROLES) {
        const status = await statusOf(op, clients.get(role)!.token);
        checked += 1;
        const allowed = op.roles.includes('any') || op.roles.includes(role);
        const ok = allowed ? status !== 401 && status !== 403 && status < 500 : status === 403;
        if (!ok) mismatches.push(`${op.method} ${op.path} as ${role} (${allowed ? 'allowed' : 'not allowed'}) → ${status}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(operations.length * 3);
  });
});

import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { ROLES, type Role } from '@app/domain';
import { ApiClient, type Stack, startStack } from '@app/testing';

const SEED = 20261125;
const RUNS_PER_ENDPOINT = 250;

type Schema = {
  type?: string;
  $ref?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  example?: unknown;
  enum?: unknown[];
  allOf?: Schema[];
};

interface WriteOperation {
  method: string;
  path: string;
  role: Role;
  schema: Schema;
}

/**
 * Throws generated malformed bodies at every write endpoint in the OpenAPI document: not an object, an unknown
 * field, a required field missing, a field of the wrong type. Each must get a 4xx with a reason, never a 5xx, and
 * the database must not change.
 */
describe('fuzzing every write endpoint with malformed bodies', () => {
  let stack: Stack;
  let schemas: Record<string, Schema>;
  const operations: WriteOperation[] = [];
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    stack = await startStack('fuzz');
    const doc = (await new ApiClient(stack.baseUrl).get('/api/docs-json')).body;
    schemas = doc.components?.schemas ?? {};
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        const schema = op.requestBody?.content?.['application/json']?.schema;
        if (!schema || !['post', 'put', 'patch'].includes(method)) continue;
        const roles: string[] = op['x-roles'] ?? [];
        const role = (roles.find((r) => (ROLES as readonly string[]).includes(r)) ?? 'organiser') as Role;
        operations.push({ method: method.toUpperCase(), path, role, schema });
      }
    }
    for (const role of ROLES) tokens.set(role, (await ApiClient.login(stack.baseUrl, [role], `fuzz-${role}`)).token!);
  });

  afterAll(() => stack?.stop());

  const resolve = (s: Schema): Schema => (s.$ref ? resolve(schemas[s.$ref.split('/').pop()!]) : s.allOf?.length === 1 ? resolve(s.allOf[0]) : s);

  /** A plausible body built from the schema's examples; it need not be valid, every mutation below breaks it anyway. */
  function template(s: Schema): unknown {
    const schema = resolve(s);
    if (schema.example !== undefined) return schema.example;
    if (schema.enum) return schema.enum[0];
    switch (schema.type) {
      case 'object':
        return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, template(v)]));
      case 'array':
        return schema.items ? [template(schema.items)] : [];
      case 'integer':
      case 'number':
        return 1;
      case 'boolean':
        return true;
      default:
        return schema.properties ? template({ ...schema, type: 'object' }) : 'x';
    }
  }

  /** A value no validator of this type accepts (numbers are never offered to text fields, which may take them). */
  function wrongTypeFor(s: Schema): fc.Arbitrary<unknown> {
    const schema = resolve(s);
    const type = schema.type ?? (schema.properties ? 'object' : 'string');
    const options: Record<string, fc.Arbitrary<unknown>[]> = {
      string: [fc.boolean(), fc.array(fc.integer(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 })],
      integer: [fc.string({ maxLength: 8 }), fc.boolean(), fc.constant({}), fc.double({ min: 0.01, max: 0.99, noNaN: true })],
      number: [fc.string({ minLength: 1, maxLength: 8 }).map((x) => `${x}?`), fc.boolean(), fc.constant([])],
      boolean: [fc.string({ maxLength: 8 }), fc.integer(), fc.constant({})],
      array: [fc.string({ maxLength: 8 }), fc.integer(), fc.constant({ a: 1 })],
      object: [fc.string({ maxLength: 8 }), fc.integer(), fc.boolean()],
    };
    return fc.oneof(...(options[type] ?? options.string));
  }

  function malformedBody(op: WriteOperation): fc.Arbitrary<{ kind: string; body: string }> {
    const schema = resolve(op.schema);
    const base = (template(schema) ?? {}) as Record<string, unknown>;
    const props = Object.keys(schema.properties ?? {});
    const required = schema.required ?? [];
    const json = (kind: string) => (body: unknown) => ({ kind, body: JSON.stringify(body) });
    const arbitraries: fc.Arbitrary<{ kind: string; body: string }>[] = [
      fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean()).map(json('not an object')),
      fc.array(fc.anything(), { maxLength: 3 }).map(json('an array')),
      fc.string({ minLength: 1, maxLength: 40 }).map((s) => ({ kind: 'broken JSON', body: `{"${s.replace(/["\\]/g, '')}": ` })),
      fc
        .tuple(
          fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !props.includes(k) && !['__proto__', 'constructor'].includes(k)),
          fc.jsonValue(),
        )
        .map(([key, value]) => json('unknown field')({ ...base, [key]: value })),
    ];
    if (required.length) {
      arbitraries.push(fc.constantFrom(...required).map((key) => json(`missing ${key}`)(Object.fromEntries(Object.entries(base).filter(([k]) => k !== key)))));
    }
    if (props.length) {
      arbitraries.push(
        fc
          .constantFrom(...props)
          .chain((key) => wrongTypeFor(schema.properties![key]).map((value) => json(`wrong type for ${key}`)({ ...base, [key]: value }))),
      );
    }
    return fc.oneof(...arbitraries);
  }

  const snapshot = async () =>
    (await stack.pool.query(`SELECT (SELECT count(*) FROM commands)::int AS commands, (SELECT count(*) FROM events)::int AS events`)).rows[0];

  it('finds the write endpoints', () => {
    expect(operations.length).toBeGreaterThanOrEqual(8);
  });

  it(`answers ${RUNS_PER_ENDPOINT} malformed bodies per endpoint with a 4xx and a reason, never a 5xx, and stores nothing`, async () => {
    const before = await snapshot();
    const failures: string[] = [];
    let tried = 0;
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(malformedBody(op), async ({ kind, body }) => {
          tried += 1;
          const url = stack.baseUrl + op.path.replace(/\{[^}]+\}/g, () => randomUUID());
          const res = await fetch(url, {
            method: op.method,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(op.role)}` },
            body,
          });
          const text = await res.text();
          const reason = (() => {
            try {
              return JSON.parse(text).message;
            } catch {
              return undefined;
            }
          })();
          if (res.status < 400 || res.status >= 500 || !reason)
            failures.push(`${op.method} ${op.path} [${kind}] ${body.slice(0, 120)} → ${res.status} ${text.slice(0, 200)}`);
          return true;
        }),
        { seed: SEED, numRuns: RUNS_PER_ENDPOINT },
      );
    }
    console.log(`fuzz: tried ${tried} malformed bodies on ${operations.length} write endpoints (seed ${SEED}); ${failures.length} answered wrongly`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(tried).toBe(operations.length * RUNS_PER_ENDPOINT);
    expect(await snapshot()).toEqual(before);
  });
});

import { type OpenApiDocument, operationFor, schemaViolations } from './openapi-validator';

const document: OpenApiDocument = {
  paths: {
    '/campaigns/{campaignId}': { get: { operationId: 'get', responses: {} } },
    '/campaigns/{campaignId}/results.csv': { get: { operationId: 'csv', responses: {} } },
  },
  components: {
    schemas: {
      Stage: { type: 'string', enum: ['draft', 'jury'] },
      Campaign: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          stage: { $ref: '#/components/schemas/Stage' },
          next: { allOf: [{ $ref: '#/components/schemas/Stage' }], nullable: true },
          seats: { type: 'number' },
        },
        required: ['id', 'stage'],
      },
      Scores: { type: 'object', properties: {}, additionalProperties: { type: 'string' } },
      Either: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'number' } }] },
    },
  },
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('schemaViolations', () => {
  it.each([
    ['a campaign as declared', 'Campaign', { id: 'c', stage: 'draft', next: null, seats: 3 }, []],
    ['an optional property left out', 'Campaign', { id: 'c', stage: 'jury' }, []],
    ['a required property missing', 'Campaign', { stage: 'jury' }, ['$.id: required but missing']],
    ['a property the schema does not name', 'Campaign', { id: 'c', stage: 'jury', extra: 1 }, ['$.extra: sent but not in the schema']],
    ['a value outside the enum', 'Campaign', { id: 'c', stage: 'closed' }, ['$.stage: "closed" is not one of ["draft","jury"]']],
    ['null where not nullable', 'Campaign', { id: 'c', stage: null }, ['$.stage: null where the schema does not allow it']],
    ['a number sent as text', 'Campaign', { id: 'c', stage: 'draft', seats: '3' }, ['$.seats: "3" is not a number']],
    ['a map of decimals as text', 'Scores', { a: '1.5', b: '2' }, []],
    ['a map with a number in it', 'Scores', { a: 1.5 }, ['$.a: 1.5 is not a string']],
    ['one of the alternatives', 'Either', [1, 2], []],
    ['none of the alternatives', 'Either', [1, 'x'], ['$: fits none of 2 alternatives ($: [1,"x"] is not a string; $[1]: "x" is not a number)']],
  ])('%s', (_, name, value, expected) => {
    expect(schemaViolations(document, ref(name), value)).toEqual(expected);
  });
});

describe('operationFor', () => {
  it('finds the operation by its path template, with the query left off', () => {
    expect(operationFor(document, 'GET', '/campaigns/8d1f?x=1')?.operation.operationId).toBe('get');
    expect(operationFor(document, 'GET', '/campaigns/8d1f/results.csv')?.operation.operationId).toBe('csv');
    expect(operationFor(document, 'POST', '/campaigns/8d1f')).toBeUndefined();
    expect(operationFor(document, 'GET', '/campaigns/8d1f/other')).toBeUndefined();
  });
});

/** The parts of an OpenAPI 3.0 document the response contract uses. */
export interface OpenApiSchema {
  type?: string;
  enum?: readonly unknown[];
  nullable?: boolean;
  properties?: Record<string, OpenApiSchema>;
  required?: readonly string[];
  additionalProperties?: OpenApiSchema | boolean;
  items?: OpenApiSchema;
  minItems?: number;
  maxItems?: number;
  oneOf?: OpenApiSchema[];
  allOf?: OpenApiSchema[];
  $ref?: string;
}

interface OpenApiOperation {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema?: OpenApiSchema }> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, OpenApiSchema> };
}

/**
 * Checks JSON against the document's schemas, strictly: an object may hold only the properties its schema names
 * (unless it allows more), so a field the api sends but the contract leaves out is drift too. Returns where and
 * how the value breaks the schema; empty when it fits.
 */
export function schemaViolations(document: OpenApiDocument, schema: OpenApiSchema, value: unknown, at = '$'): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = document.components?.schemas?.[name];
    if (!target) return [`${at}: ${schema.$ref} is not in the document`];
    return schemaViolations(document, target, value, at);
  }
  if (value === null) return schema.nullable || isEmpty(schema) ? [] : [`${at}: null where the schema does not allow it`];
  if (schema.allOf) {
    const violations = schema.allOf.flatMap((part) => schemaViolations(document, part, value, at));
    if (violations.length > 0) return violations;
  }
  if (schema.oneOf) {
    const each = schema.oneOf.map((option) => schemaViolations(document, option, value, at));
    if (!each.some((v) => v.length === 0)) return [`${at}: fits none of ${schema.oneOf.length} alternatives (${each.map((v) => v[0]).join('; ')})`];
  }
  if (schema.enum && !schema.enum.some((allowed) => allowed === value)) return [`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`];
  switch (schema.type) {
    case 'string':
      return typeof value === 'string' ? [] : [`${at}: ${JSON.stringify(value)} is not a string`];
    case 'number':
      return typeof value === 'number' ? [] : [`${at}: ${JSON.stringify(value)} is not a number`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${at}: ${JSON.stringify(value)} is not an integer`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: ${JSON.stringify(value)} is not a boolean`];
    case 'array': {
      if (!Array.isArray(value)) return [`${at}: not an array`];
      const size = [
        ...(schema.minItems !== undefined && value.length < schema.minItems ? [`${at}: fewer than ${schema.minItems} items`] : []),
        ...(schema.maxItems !== undefined && value.length > schema.maxItems ? [`${at}: more than ${schema.maxItems} items`] : []),
      ];
      return [...size, ...(schema.items ? value.flatMap((item, i) => schemaViolations(document, schema.items!, item, `${at}[${i}]`)) : [])];
    }
    case 'object':
      return objectViolations(document, schema, value, at);
    default:
      return [];
  }
}

function objectViolations(document: OpenApiDocument, schema: OpenApiSchema, value: unknown, at: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${at}: not an object`];
  const record = value as Record<string, unknown>;
  const properties = schema.properties ?? {};
  const violations = (schema.required ?? []).filter((key) => !(key in record)).map((key) => `${at}.${key}: required but missing`);
  for (const [key, item] of Object.entries(record)) {
    if (properties[key]) violations.push(...schemaViolations(document, properties[key], item, `${at}.${key}`));
    else if (typeof schema.additionalProperties === 'object') violations.push(...schemaViolations(document, schema.additionalProperties, item, `${at}.${key}`));
    else if (schema.additionalProperties !== true) violations.push(`${at}.${key}: sent but not in the schema`);
  }
  return violations;
}

const isEmpty = (schema: OpenApiSchema): boolean => Object.keys(schema).filter((k) => k !== 'description').length === 0;

/** The operation a request went to, found by method and path (the query left off), with its path template. */
export function operationFor(document: OpenApiDocument, method: string, url: string): { template: string; operation: OpenApiOperation } | undefined {
  const path = url.split('?')[0];
  for (const [template, item] of Object.entries(document.paths)) {
    const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const operation = item[method.toLowerCase()];
    if (operation && pattern.test(path)) return { template, operation };
  }
  return undefined;
}

/** The JSON schema of one response of an operation, if it declares one. */
export function responseSchema(operation: OpenApiOperation, status: number): OpenApiSchema | undefined {
  return operation.responses[String(status)]?.content?.['application/json']?.schema;
}

/** An OpenAPI 3.0 schema, as far as the response contract uses it. */
export interface SchemaObject {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  format?: string;
  enum?: readonly (string | number | boolean)[];
  nullable?: boolean;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: SchemaObject | boolean;
  items?: SchemaObject;
  minItems?: number;
  maxItems?: number;
  oneOf?: SchemaObject[];
  allOf?: SchemaObject[];
  $ref?: string;
  description?: string;
}

/** What a route answers when it succeeds without ?wait (a command's 202 is declared by @CommandEndpoint). */
export interface RouteResponse {
  status: number;
  schema: SchemaObject;
}

/** What each route answers (by OpenAPI operationId), and the named types those answers use. */
export interface ResponseSchemas {
  components: Record<string, SchemaObject>;
  operations: Record<string, RouteResponse>;
}

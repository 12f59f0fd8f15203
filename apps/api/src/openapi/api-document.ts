import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { RESPONSE_SCHEMAS } from './response-schemas.generated';
import type { ResponseSchemas } from './response-schemas';

const CONFIG = new DocumentBuilder()
  .setTitle('Open Selection API')
  .setDescription(
    'Competitive cadre selection (公开选配): campaigns, candidacies, evaluation, jury, election, results. Commands answer 202 with a command id; add ?wait=true to wait for the outcome.',
  )
  .setVersion('0.1.0')
  .addBearerAuth()
  .build();

/**
 * The OpenAPI document: routes, parameters and request bodies from Nest's metadata, and what each route answers
 * from the controllers' own return types (response-schemas.generated.ts, written by `npm run api:types`).
 */
export function buildApiDocument(app: INestApplication, responses: ResponseSchemas = RESPONSE_SCHEMAS): OpenAPIObject {
  return withResponseSchemas(SwaggerModule.createDocument(app, CONFIG), responses);
}

/** The same document without PostgreSQL or Redis: Nest's preview mode reads the modules and creates nothing. */
export async function buildApiDocumentOffline(responses?: ResponseSchemas): Promise<OpenAPIObject> {
  // Loaded here, not at the top: the api module pulls in everything, and main.ts imports this file too.
  const { ApiModule } = await import('../api.module');
  const app = await NestFactory.create(ApiModule, { preview: true, logger: false, abortOnError: false });
  try {
    return buildApiDocument(app, responses);
  } finally {
    await app.close();
  }
}

function withResponseSchemas(document: OpenAPIObject, responses: ResponseSchemas): OpenAPIObject {
  const schemas = { ...(document.components?.schemas ?? {}) };
  for (const [name, schema] of Object.entries(responses.components)) {
    if (schemas[name]) throw new Error(`OpenAPI schema ${name} is both a request DTO and a response type; rename one`);
    schemas[name] = schema as never;
  }
  document.components = { ...document.components, schemas };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      const declared =
        operation && typeof operation === 'object' && 'operationId' in operation ? responses.operations[operation.operationId as string] : undefined;
      if (!declared) continue;
      // Every success the route declares (a command's 202 and 200 alike) carries what the method returns.
      const successes = Object.keys(operation.responses).filter((status) => status.startsWith('2'));
      for (const status of successes.length > 0 ? successes : [String(declared.status)]) {
        const existing = operation.responses[status] ?? {};
        operation.responses[status] = {
          ...existing,
          description: existing.description || 'OK',
          content: { 'application/json': { schema: declared.schema as never } },
        };
      }
    }
  }
  return document;
}

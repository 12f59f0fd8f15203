import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApiDocumentOffline } from './api-document';
import { generateResponseSchemas } from './response-schema-generator';

export const RESPONSE_SCHEMAS_FILE = 'apps/api/src/openapi/response-schemas.generated.ts';
export const OPENAPI_FILE = 'apps/admin-web/src/api/generated/openapi.json';
export const WEB_TYPES_FILE = 'apps/admin-web/src/api/generated/schema.ts';

const HEADER = '// Written by `npm run api:types` from the api controllers’ return types; do not edit.\n';

/**
 * The contract between api and web UI, as files (path → text): the response schemas read from the controllers'
 * types, the OpenAPI document built from the modules with them, and the web UI's types made from that document.
 */
export async function apiContractFiles(repoRoot: string): Promise<Record<string, string>> {
  const responses = generateResponseSchemas(repoRoot);
  const document = await buildApiDocumentOffline(responses);
  const webTypes = astToString(await openapiTS(document as never, { alphabetize: true }));
  return {
    [RESPONSE_SCHEMAS_FILE]: `${HEADER}import type { ResponseSchemas } from './response-schemas';\n\nexport const RESPONSE_SCHEMAS: ResponseSchemas = ${JSON.stringify(responses, null, 2)};\n`,
    [OPENAPI_FILE]: `${JSON.stringify(document, null, 2)}\n`,
    [WEB_TYPES_FILE]: `${HEADER}/* eslint-disable */\n${webTypes}`,
  };
}

export const repoRoot = (): string => join(__dirname, ...Array(__dirname.includes('/dist/') ? 5 : 4).fill('..'));

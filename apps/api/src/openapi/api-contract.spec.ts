import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiContractFiles, OPENAPI_FILE, repoRoot } from './api-contract';

/** Routes that answer with no JSON body: a redirect, a file, a stream, a page or nothing at all. */
const NO_JSON_BODY = new Set([
  'OidcController_start', // redirect to the identity provider
  'OidcController_callback', // redirect back to the sign-in page
  'SignInController_signOut', // 204
  'PublicResultsController_csv', // text/csv file
  'PublicResultsController_notice', // text/html page
  'PublicResultsController_noticePdf', // application/pdf file
  'JuryRosterController_progress', // text/event-stream
  'AttachmentsController_download', // the file itself (PDF, JPEG or PNG)
  'AttachmentsController_remove', // 204
  'PrintablesController_registrationForm', // text/html page to print
  'PrintablesController_registrationFormPdf', // application/pdf file
  'PrintablesController_scoreSheet', // text/html page to print
  'PrintablesController_scoreSheetPdf', // application/pdf file
]);

describe('the api contract', () => {
  const root = repoRoot();
  let files: Record<string, string>;
  beforeAll(async () => {
    files = await apiContractFiles(root);
  }, 180_000);

  it('is written down as the controllers say now (run `npm run api:types` when this fails)', () => {
    const stale = Object.entries(files)
      .filter(([path, text]) => readFileSync(join(root, path), 'utf8') !== text)
      .map(([path]) => path);
    expect(stale).toEqual([]);
  });

  it('says what every route answers, but for those with no JSON body', () => {
    const document = JSON.parse(files[OPENAPI_FILE]) as {
      paths: Record<string, Record<string, { operationId: string; responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
    };
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item));
    const undescribed = operations
      .filter((op) => !Object.entries(op.responses).some(([status, response]) => status.startsWith('2') && response.content?.['application/json']?.schema))
      .map((op) => op.operationId);
    expect(operations.length).toBeGreaterThan(100);
    expect(undescribed.sort()).toEqual([...NO_JSON_BODY].sort());
  });
});

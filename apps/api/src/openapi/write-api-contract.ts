import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { apiContractFiles, repoRoot } from './api-contract';

/** `npm run api:types`: rewrites the response schemas, openapi.json and the web UI's generated types. */
async function main(): Promise<void> {
  const root = repoRoot();
  for (const [path, text] of Object.entries(await apiContractFiles(root))) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    console.log(`wrote ${path}`);
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text the browser fetches as files; index.html is left out: the api writes a fresh nonce into it per response. */
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|map)$/;
/** Below this a compressed body plus its header costs about as much as the plain one. */
const MIN_BYTES = 1024;

/**
 * Writes `<file>.br` (brotli, highest quality) and `<file>.gz` (gzip level 9) next to every compressible file of
 * the build, once, so that the api sends them as they are (apps/api/src/http/web/precompressed-assets.ts) instead
 * of compressing on each request at a level it can afford per request. Node's own zlib: no dependency.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'open-selection:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
        .map((entry) => path.join(entry.parentPath, entry.name));
      for (const file of files) {
        const content = readFileSync(file);
        if (content.length < MIN_BYTES) continue;
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, {
            params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
          }),
        );
        writeFileSync(`${file}.gz`, gzipSync(content, { level: constants.Z_BEST_COMPRESSION }));
      }
    },
  };
}

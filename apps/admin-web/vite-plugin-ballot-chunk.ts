import * as path from 'node:path';
import type { Plugin } from 'vite';

/** Index files that re-export a whole library: following them would take every antd component into the chunk. */
const BARREL = /[\\/]node_modules[\\/](antd[\\/]es|@ant-design[\\/]icons[\\/]es)[\\/]index\.js$/;
const ANTD_NAMED_IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]antd['"]/g;

/** `InputNumber` → `input-number`: the folder of an antd component under antd/es. */
const folderOf = (component: string) => component.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * Everything the two ballot pages import, directly or not, in one chunk: left to the bundler it came in some
 * thirty pieces shared with other screens, each a request with its own headers (about 1 KB each) on a phone at a
 * venue. Through antd's index only the components the pages name are followed. The other screens load the same
 * chunk; it holds nothing they would not load anyway but the two small ballot pages.
 */
export function ballotChunk(pages: string[]): { plugin: Plugin; test: (id: string) => boolean } {
  const modules = new Set<string>();
  const plugin: Plugin = {
    name: 'open-selection:ballot-chunk',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const componentIndex = (name: string) => ids.find((id) => id.replace(/\\/g, '/').endsWith(`/node_modules/antd/es/${folderOf(name)}/index.js`));
      const pending = pages.map((page) => path.resolve(page));
      if (pending.some((page) => !this.getModuleInfo(page))) throw new Error(`ballot-chunk: a page is not in the build: ${pages.join(', ')}`);
      while (pending.length) {
        const id = pending.pop()!;
        if (modules.has(id) || BARREL.test(id)) continue;
        modules.add(id);
        const info = this.getModuleInfo(id);
        pending.push(...(info?.importedIds ?? []));
        // Our own modules name the antd components they use: those are followed instead of antd's index.
        if (!id.includes('node_modules') && info?.code) {
          for (const [, names] of info.code.matchAll(ANTD_NAMED_IMPORT)) {
            for (const name of names
              .split(',')
              .map((n) => n.trim().split(/\s+as\s+/)[0])
              .filter(Boolean)) {
              const component = componentIndex(name);
              if (component) pending.push(component);
            }
          }
        }
      }
    },
  };
  return { plugin, test: (id: string) => modules.has(id) };
}

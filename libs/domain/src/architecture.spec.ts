import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** libs/domain stays pure: no framework, no database, no queue, no other lib of ours. */
const FORBIDDEN = [/^@nestjs\//, /^typeorm/, /^bullmq/, /^ioredis/, /^pg$/, /^@app\//, /^express/, /^class-validator/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('libs/domain architecture', () => {
  const files = sourceFiles(__dirname);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(__dirname, f), f]))('%s imports nothing from Nest, TypeORM, queues or other libs', (_, file) => {
    const imports = [...readFileSync(file, 'utf8').matchAll(/from\s+'([^']+)'|require\('([^']+)'\)/g)].map((m) => m[1] ?? m[2]);
    const bad = imports.filter((spec) => FORBIDDEN.some((re) => re.test(spec)));
    expect(bad).toEqual([]);
  });
});

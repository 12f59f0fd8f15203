import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { DomainError } from '@app/domain';
import { type AdminContext, UsageError } from './admin-command';
import { ADMIN_COMMANDS } from './registry';

function usage(): string {
  return ['usage: npm run admin -- <command> [options]', '', ...ADMIN_COMMANDS.map((c) => `  ${c.name} ${c.usage}\n      ${c.summary}`)].join('\n');
}

/** `npm run admin -- <command> …`: the administrator's commands, straight against the database (DATABASE_URL). */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = ADMIN_COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(name ? `unknown command "${name}"\n\n${usage()}` : usage());
    return 2;
  }
  let opened: DataSource | undefined;
  const context: AdminContext = {
    async dataSource() {
      opened ??= await new DataSource(dataSourceOptions(loadConfig().DATABASE_URL)).initialize();
      return opened;
    },
    print: (line) => console.log(line),
  };
  try {
    const { values } = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: false });
    await command.run(values as Record<string, string | boolean | undefined>, context);
    return 0;
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(err as Error).message}\nusage: npm run admin -- ${command.name} ${command.usage}`);
      return 2;
    }
    if (err instanceof DomainError) {
      console.error(`refused (${err.code}): ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    await opened?.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`admin command failed: ${err.message}`);
    process.exit(1);
  },
);

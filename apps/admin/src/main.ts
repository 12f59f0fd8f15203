import { parseArgs } from 'node:util';
import { loadConfig } from '@app/config';
import { DomainError } from '@app/domain';
import { type AdminOptions, AdminUsageError } from './admin-command';
import { openAdminContext } from './admin-context';
import { ADMIN_COMMANDS } from './registry';

function usage(): string {
  return ['usage: npm run admin -- <command> [options]', '', ...ADMIN_COMMANDS.map((c) => `  ${c.name} ${c.usage}\n      ${c.summary}`)].join('\n');
}

/** `npm run admin -- <command> …`: the administrator's commands (organisations, people), straight against the database. */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = ADMIN_COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(name ? `unknown command "${name}"\n\n${usage()}` : usage());
    return 2;
  }
  let values;
  try {
    values = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\nusage: npm run admin -- ${command.name} ${command.usage}`);
    return 2;
  }
  const context = await openAdminContext(loadConfig());
  try {
    await command.run(values as AdminOptions, context);
    return 0;
  } catch (err) {
    if (err instanceof AdminUsageError) {
      console.error(`${command.name}: ${err.message}\nusage: npm run admin -- ${command.name} ${command.usage}`);
      return 2;
    }
    if (err instanceof DomainError) {
      console.error(`refused (${err.code}): ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    await context.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`admin failed: ${err.message}`);
    process.exit(1);
  },
);

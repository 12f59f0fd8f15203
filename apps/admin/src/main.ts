import { loadConfig } from '@app/config';
import { type AdminCommand, AdminUsageError, parseOptions } from './admin-command';
import { openAdminContext } from './admin-context';
import { createPerson } from './commands/create-person';
import { disablePerson } from './commands/disable-person';

/** `npm run admin -- <command> [--options]`: administration of accounts from the server's shell. */
const COMMANDS: readonly AdminCommand[] = [createPerson, disablePerson];

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`usage: npm run admin -- <command>\n${COMMANDS.map((c) => `  ${c.usage}`).join('\n')}`);
    return 2;
  }
  const context = await openAdminContext(loadConfig());
  try {
    await command.run(parseOptions(args), context);
    return 0;
  } catch (err) {
    if (!(err instanceof AdminUsageError)) throw err;
    console.error(`${command.name}: ${err.message}\nusage: npm run admin -- ${command.usage}`);
    return 2;
  } finally {
    await context.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`admin failed: ${err.message}`);
    process.exit(1);
  },
);

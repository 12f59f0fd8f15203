import type { AdminCommand } from './admin-command';
import { addOrganiser } from './commands/add-organiser';
import { createOrganisation } from './commands/create-organisation';
import { createPerson } from './commands/create-person';
import { disablePerson } from './commands/disable-person';
import { init } from './commands/init';

/** Every administrator command, by name. A new command: one file under commands/, one line here. */
export const ADMIN_COMMANDS: readonly AdminCommand[] = [init, createOrganisation, createPerson, addOrganiser, disablePerson];

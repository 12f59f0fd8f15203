import type { AdminCommand } from './admin-command';
import { addOrganiserCommand } from './commands/add-organiser';
import { createOrganisationCommand } from './commands/create-organisation';

/** Every administrator command, by name. A new command: one file under commands/, one line here. */
export const ADMIN_COMMANDS: readonly AdminCommand[] = [createOrganisationCommand, addOrganiserCommand];

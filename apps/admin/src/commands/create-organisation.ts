import { ORGANISATION_LEVELS, type OrganisationLevel } from '@app/domain';
import { createOrganisation as createOrganisationIn } from '@app/organisation';
import { type AdminCommand, AdminUsageError, textOption } from '../admin-command';

/** Creates an organisation; without --parent a top one (only the administrator may). Prints its id. */
export const createOrganisation: AdminCommand = {
  name: 'create-organisation',
  summary: 'Create an organisation (a top one without --parent)',
  usage: `--name 某某区妇联 --level ${ORGANISATION_LEVELS.join('|')} [--parent <organisationId>]`,
  options: { name: { type: 'string' }, level: { type: 'string' }, parent: { type: 'string' } },
  async run(options, context) {
    const name = textOption(options, 'name', true);
    const level = textOption(options, 'level', true) as OrganisationLevel;
    if (!ORGANISATION_LEVELS.includes(level)) throw new AdminUsageError(`--level must be one of ${ORGANISATION_LEVELS.join(', ')}`);
    const parentId = textOption(options, 'parent') ?? null;
    const { organisationId } = await context.db.transaction((m) => createOrganisationIn(m, { kind: 'administrator' }, { parentId, name, level }));
    console.log(`created organisation ${organisationId} (${level}) ${name}`);
  },
};

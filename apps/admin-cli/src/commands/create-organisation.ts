import { ORGANISATION_LEVELS, type OrganisationLevel } from '@app/domain';
import { createOrganisation } from '@app/organisation';
import { type AdminCommand, required, UsageError } from '../admin-command';

/** Creates an organisation; without --parent a top one (only the administrator may). Prints its id. */
export const createOrganisationCommand: AdminCommand = {
  name: 'create-organisation',
  summary: 'Create an organisation (a top one without --parent)',
  usage: `--name 某某区妇联 --level ${ORGANISATION_LEVELS.join('|')} [--parent <organisationId>]`,
  options: { name: { type: 'string' }, level: { type: 'string' }, parent: { type: 'string' } },
  async run(values, context) {
    const name = required(values, 'name');
    const level = required(values, 'level') as OrganisationLevel;
    if (!ORGANISATION_LEVELS.includes(level)) throw new UsageError(`--level must be one of ${ORGANISATION_LEVELS.join(', ')}`);
    const parentId = typeof values.parent === 'string' ? values.parent : null;
    const ds = await context.dataSource();
    const { organisationId } = await ds.transaction((m) => createOrganisation(m, { kind: 'administrator' }, { parentId, name, level }));
    context.print(`created organisation ${organisationId} (${level}) ${name}`);
  },
};

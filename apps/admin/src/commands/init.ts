import { ORGANISATION_LEVELS, type OrganisationLevel } from '@app/domain';
import { addOrganiser, createOrganisation } from '@app/organisation';
import { type AdminCommand, AdminUsageError, textOption } from '../admin-command';
import { createPersonFromOptions, PERSON_OPTIONS } from './create-person';

/**
 * A fresh installation in one command: the top organisation and its first organiser, who signs in with her e-mail
 * or phone and then creates the organisations below, invites fellow organisers and runs campaigns.
 */
export const init: AdminCommand = {
  name: 'init',
  summary: 'Fresh install: create the top organisation and its first organiser in one step',
  usage: `--organisation 某某省妇联 --level ${ORGANISATION_LEVELS.join('|')} --name 李主任 (--email li@example.org | --phone 13800138000) [--password-stdin]`,
  options: { ...PERSON_OPTIONS, organisation: { type: 'string' }, level: { type: 'string' } },
  async run(options, context) {
    const organisationName = textOption(options, 'organisation', true);
    const level = textOption(options, 'level', true) as OrganisationLevel;
    if (!ORGANISATION_LEVELS.includes(level)) throw new AdminUsageError(`--level must be one of ${ORGANISATION_LEVELS.join(', ')}`);
    const person = await createPersonFromOptions(options, ['organiser'], context);
    const organisationId = await context.db.transaction(async (m) => {
      const { organisationId } = await createOrganisation(m, { kind: 'administrator' }, { parentId: null, name: organisationName, level });
      await addOrganiser(m, { kind: 'administrator' }, organisationId, { personId: person.id, name: person.name });
      return organisationId;
    });
    console.log(`created organisation ${organisationId} (${level}) ${organisationName}; ${person.name} organises it`);
  },
};

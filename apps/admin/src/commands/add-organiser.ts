import { parseLogin, PeopleRepository } from '@app/identity';
import { addOrganiser as addOrganiserTo, setIncludesDescendants } from '@app/organisation';
import { type AdminCommand, AdminUsageError, textOption } from '../admin-command';

/**
 * Makes a person an organiser of an organisation, optionally of everything below. She is named by her sign-in
 * (--login, for an account) or by her id (--person, the token's subject).
 */
export const addOrganiser: AdminCommand = {
  name: 'add-organiser',
  summary: 'Add an organiser to an organisation (--includes-descendants: also of every organisation below)',
  usage: '--organisation <organisationId> (--login li@example.org | --person <personId> [--name 王主任]) [--includes-descendants]',
  options: {
    organisation: { type: 'string' },
    login: { type: 'string' },
    person: { type: 'string' },
    name: { type: 'string' },
    'includes-descendants': { type: 'boolean' },
  },
  async run(options, context) {
    const organisationId = textOption(options, 'organisation', true);
    const login = textOption(options, 'login');
    let personId = textOption(options, 'person');
    let name = textOption(options, 'name');
    if (login) {
      const person = await new PeopleRepository(context.db).byLogin(parseLogin(login));
      if (!person) throw new AdminUsageError('nobody has that e-mail address or phone number (create her first: create-person)');
      personId = person.id;
      name ??= person.name;
    }
    if (!personId) throw new AdminUsageError('give --login or --person');
    const organiser = { personId, name: name ?? personId };
    const includesDescendants = options['includes-descendants'] === true;
    await context.db.transaction(async (m) => {
      await addOrganiserTo(m, { kind: 'administrator' }, organisationId, organiser);
      if (includesDescendants) await setIncludesDescendants(m, { kind: 'administrator' }, organisationId, personId!, true);
    });
    console.log(`${personId} (${organiser.name}) organises ${organisationId}${includesDescendants ? ' and every organisation below it' : ''}`);
  },
};

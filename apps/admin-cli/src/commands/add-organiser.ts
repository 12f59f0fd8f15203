import { addOrganiser, setIncludesDescendants } from '@app/organisation';
import { type AdminCommand, required } from '../admin-command';

/** Makes a person (by her id, the sign-in subject) an organiser of an organisation, optionally of everything below. */
export const addOrganiserCommand: AdminCommand = {
  name: 'add-organiser',
  summary: 'Add an organiser to an organisation (--includes-descendants: also of every organisation below)',
  usage: '--organisation <organisationId> --person <personId> [--name 王主任] [--includes-descendants]',
  options: { organisation: { type: 'string' }, person: { type: 'string' }, name: { type: 'string' }, 'includes-descendants': { type: 'boolean' } },
  async run(values, context) {
    const organisationId = required(values, 'organisation');
    const personId = required(values, 'person');
    const name = typeof values.name === 'string' && values.name.trim() ? values.name.trim() : personId;
    const ds = await context.dataSource();
    await ds.transaction(async (m) => {
      await addOrganiser(m, { kind: 'administrator' }, organisationId, { personId, name });
      if (values['includes-descendants']) await setIncludesDescendants(m, { kind: 'administrator' }, organisationId, personId, true);
    });
    context.print(`${personId} (${name}) organises ${organisationId}${values['includes-descendants'] ? ' and every organisation below it' : ''}`);
  },
};

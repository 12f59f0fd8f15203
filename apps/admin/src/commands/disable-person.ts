import { parseLogin, PeopleRepository, SessionsRepository } from '@app/identity';
import { type AdminCommand, AdminUsageError, textOption } from '../admin-command';

/** Disables a person: she can no longer sign in, and every session of hers ends at once. */
export const disablePerson: AdminCommand = {
  name: 'disable-person',
  summary: 'Disable a person: she can no longer sign in, and her sessions end at once',
  usage: '--login li@example.org|13800138000',
  options: { login: { type: 'string' } },
  async run(options, context) {
    const people = new PeopleRepository(context.db);
    const person = await people.byLogin(parseLogin(textOption(options, 'login', true)));
    if (!person) throw new AdminUsageError('nobody has that e-mail address or phone number');
    await people.disable(person.id);
    const sessions = await new SessionsRepository(context.db).revokeAllOf(person.id);
    await context.revokedSessions.revoke(sessions);
    console.log(JSON.stringify({ id: person.id, disabled: true, sessionsEnded: sessions.length }));
  },
};

import { ROLES, type Role } from '@app/domain';
import { hashPassword, normalisePhone, passwordProblems, PeopleRepository } from '@app/identity';
import { AccountTokensRepository } from '@app/identity/one-time-tokens/account-tokens.repository';
import { accountLink } from '@app/identity/mail/account-links';
import { type AdminCommand, AdminUsageError, textOption } from '../admin-command';

const SET_PASSWORD_LINK_VALID_MS = 7 * 86_400_000;

/**
 * Creates a person with global roles — how a fresh installation gets its first organiser. The password comes on
 * standard input (never on the command line, where `ps` and shell history would keep it); without
 * --password-stdin a one-time link to set it is printed instead.
 */
export const createPerson: AdminCommand = {
  name: 'create-person',
  summary: 'Create a person who signs in with e-mail or phone; the password from standard input, or a one-time set-password link',
  usage: '--name 李主任 (--email li@example.org | --phone 13800138000) --roles organiser[,expert…] [--password-stdin]',
  options: { name: { type: 'string' }, email: { type: 'string' }, phone: { type: 'string' }, roles: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
  async run(options, context) {
    const name = textOption(options, 'name', true);
    const email = textOption(options, 'email')?.toLowerCase() ?? null;
    const phoneText = textOption(options, 'phone');
    const phone = phoneText ? normalisePhone(phoneText) : null;
    if (!email && !phone) throw new AdminUsageError('give --email or --phone (she signs in with it)');
    const roles = textOption(options, 'roles', true).split(',').map((r) => r.trim()).filter(Boolean);
    const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
    if (roles.length === 0 || unknown.length) throw new AdminUsageError(`--roles must be some of ${ROLES.join(', ')} (not: ${unknown.join(', ') || 'none given'})`);

    let passwordHash: string | null = null;
    if (options['password-stdin'] === true) {
      const password = await context.readStdin();
      const problems = passwordProblems(password);
      if (problems.length) throw new AdminUsageError(problems.map((p) => p.message).join('; '));
      passwordHash = await hashPassword(password);
    }
    // Created by an administrator who knows the address: it counts as confirmed.
    const person = await new PeopleRepository(context.db).create({ name, email, phone, passwordHash, roles: roles as Role[], emailConfirmed: !!email });
    if (!person) throw new AdminUsageError('that e-mail address or phone number already belongs to someone');
    console.log(JSON.stringify({ id: person.id, name: person.name, email: person.email, phone: person.phone, roles: person.roles }));
    if (!passwordHash) {
      const token = await new AccountTokensRepository(context.db).issue(person.id, 'password-reset', SET_PASSWORD_LINK_VALID_MS);
      console.log(`Send her this one-time link to set her password (valid 7 days): ${accountLink(context.config.PUBLIC_URL, 'reset-password', token)}`);
    }
  },
};

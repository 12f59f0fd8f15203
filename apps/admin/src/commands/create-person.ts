import { ROLES, type Role } from '@app/domain';
import { hashPassword, normalisePhone, passwordProblems, PeopleRepository, type Person } from '@app/identity';
import { AccountTokensRepository } from '@app/identity/one-time-tokens/account-tokens.repository';
import { accountLink } from '@app/identity/mail/account-links';
import { type AdminCommand, type AdminOptions, AdminUsageError, textOption } from '../admin-command';
import type { AdminContext } from '../admin-context';

const SET_PASSWORD_LINK_VALID_MS = 7 * 86_400_000;

/** The options that name a new person and how she gets her password; shared by create-person and init. */
export const PERSON_OPTIONS = {
  name: { type: 'string' },
  email: { type: 'string' },
  phone: { type: 'string' },
  'password-stdin': { type: 'boolean' },
} as const;

/**
 * Creates a person with global roles. The password comes on standard input (never on the command line, where `ps`
 * and shell history would keep it); without --password-stdin a one-time link to set it is printed instead.
 */
export async function createPersonFromOptions(options: AdminOptions, roles: readonly Role[], context: AdminContext): Promise<Person> {
  const name = textOption(options, 'name', true);
  const email = textOption(options, 'email')?.toLowerCase() ?? null;
  const phoneText = textOption(options, 'phone');
  const phone = phoneText ? normalisePhone(phoneText) : null;
  if (!email && !phone) throw new AdminUsageError('give --email or --phone (she signs in with it)');

  let passwordHash: string | null = null;
  if (options['password-stdin'] === true) {
    const password = await context.readStdin();
    const problems = passwordProblems(password);
    if (problems.length) throw new AdminUsageError(problems.map((p) => p.message).join('; '));
    passwordHash = await hashPassword(password);
  }
  // Created by an administrator who knows the address: it counts as confirmed.
  const person = await new PeopleRepository(context.db).create({ name, email, phone, passwordHash, roles: [...roles], emailConfirmed: !!email });
  if (!person) throw new AdminUsageError('that e-mail address or phone number already belongs to someone');
  console.log(JSON.stringify({ id: person.id, name: person.name, email: person.email, phone: person.phone, roles: person.roles }));
  if (!passwordHash) {
    const token = await new AccountTokensRepository(context.db).issue(person.id, 'password-reset', SET_PASSWORD_LINK_VALID_MS);
    console.log(`Send her this one-time link to set her password (valid 7 days): ${accountLink(context.config.PUBLIC_URL, 'reset-password', token)}`);
  }
  return person;
}

export function parseRoles(text: string): Role[] {
  const roles = text
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (roles.length === 0 || unknown.length)
    throw new AdminUsageError(`--roles must be some of ${ROLES.join(', ')} (not: ${unknown.join(', ') || 'none given'})`);
  return roles as Role[];
}

/** Creates a person with global roles (an organiser still needs an organisation: add-organiser, or init on a fresh install). */
export const createPerson: AdminCommand = {
  name: 'create-person',
  summary: 'Create a person who signs in with e-mail or phone; the password from standard input, or a one-time set-password link',
  usage: '--name 李主任 (--email li@example.org | --phone 13800138000) --roles organiser[,expert…] [--password-stdin]',
  options: { ...PERSON_OPTIONS, roles: { type: 'string' } },
  async run(options, context) {
    await createPersonFromOptions(options, parseRoles(textOption(options, 'roles', true)), context);
  },
};

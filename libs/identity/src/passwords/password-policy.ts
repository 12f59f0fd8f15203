import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_CHARACTERS = 10;
/** Argon2 hashes every byte it is given: an unbounded password would let one request burn the CPU. */
export const PASSWORD_MAX_CHARACTERS = 200;

export interface PasswordProblem {
  readonly rule: 'minLength' | 'maxLength' | 'common';
  readonly message: string;
}

/** What is wrong with a new password, in the words of the 400 answer; empty when it may be used. */
export function passwordProblems(password: string): PasswordProblem[] {
  // Characters, not UTF-16 units: a Chinese pass-phrase is as long as it looks.
  const characters = [...password].length;
  if (characters < PASSWORD_MIN_CHARACTERS) return [{ rule: 'minLength', message: `password must be at least ${PASSWORD_MIN_CHARACTERS} characters` }];
  if (characters > PASSWORD_MAX_CHARACTERS) return [{ rule: 'maxLength', message: `password must be at most ${PASSWORD_MAX_CHARACTERS} characters` }];
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || new Set(lower).size === 1) {
    return [{ rule: 'common', message: 'password is one of the commonest passwords; choose another' }];
  }
  return [];
}

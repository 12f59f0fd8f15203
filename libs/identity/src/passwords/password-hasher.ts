import { hash, verify } from '@node-rs/argon2';

/** Argon2id (the library's default algorithm) with OWASP's minimum cost: 19 MiB, 2 passes, 1 lane. */
const COST = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * Verified against when the login names nobody, so that an unknown login takes as long as a wrong password and
 * the answer's timing does not tell who has an account.
 */
const NOBODY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$XSTyapRK1uJKq33B1HzHIA$qjQYlHXd2tJq9bR4wi6ksYgcIddGqwmb9Zgog8CkTy8';

export const hashPassword = (password: string): Promise<string> => hash(password, COST);

export async function passwordMatches(storedHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    const matches = await verify(storedHash ?? NOBODY_HASH, password);
    return matches && !!storedHash;
  } catch {
    return false;
  }
}

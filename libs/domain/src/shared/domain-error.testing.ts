import { DomainError } from './domain-error';

/** For tests: the DomainError a rule throws (anything else is rethrown; no error at all fails the test). */
export function thrownDomainError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected a DomainError');
}

/** For tests: the code of the DomainError a rule throws, or undefined when it accepts. */
export function refusalCode(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    if (err instanceof DomainError) return err.code;
    throw err;
  }
}

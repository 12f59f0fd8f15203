import { stdSerializers } from 'pino';
import { QueryFailedError } from 'typeorm';
import { logSafeError } from './log-safe-error';

const PHONE = '13987654321';

/** A failure as pg and TypeORM report it: the parameters, the failing row and the refused value all carry the phone. */
function failedInsert(message: string, extra: Record<string, unknown> = {}) {
  const driverError = Object.assign(new Error(message), {
    code: '23514',
    table: 'candidacies',
    constraint: 'candidacies_check',
    detail: `Failing row contains (1, ${PHONE}).`,
    where: `SQL function "f" ${PHONE}`,
    ...extra,
  });
  return new QueryFailedError('INSERT INTO candidacies (id, contact) VALUES ($1, $2)', ['1', PHONE], driverError);
}

describe('logSafeError', () => {
  it('keeps what broke and drops what was being written', () => {
    const safe = logSafeError(failedInsert('new row for relation "candidacies" violates check constraint "candidacies_check"'));
    expect(JSON.stringify(safe)).not.toContain(PHONE);
    expect(safe).toMatchObject({ type: 'QueryFailedError', sqlState: '23514', table: 'candidacies', constraint: 'candidacies_check' });
    expect(safe.message).toBe('new row for relation "candidacies" violates check constraint "candidacies_check"');
    expect(safe.stack).toMatch(/^QueryFailedError: new row[^\n]*\n\s+at /);
  });

  it('withholds the value PostgreSQL quotes at the end of its message, also in the stack', () => {
    const safe = logSafeError(failedInsert(`invalid input syntax for type integer: "${PHONE}"`, { code: '22P02' }));
    expect(safe.message).toBe('invalid input syntax for type integer: "[value withheld]"');
    expect(JSON.stringify(safe)).not.toContain(PHONE);
  });

  it('does the same with the plain object pino-http hands a custom err serializer', () => {
    const safe = logSafeError(stdSerializers.err(failedInsert(`invalid input value for enum gender: "${PHONE}"`)));
    expect(safe.type).toBe('QueryFailedError');
    expect(JSON.stringify(safe)).not.toContain(PHONE);
  });

  it('keeps only type, message, stack and code of other errors, and makes their cause safe too', () => {
    const err = Object.assign(new Error('the command failed', { cause: failedInsert('boom') }), { code: 'E_FAIL', response: { contact: PHONE } });
    const safe = logSafeError(err);
    expect(safe).toMatchObject({ type: 'Error', message: 'the command failed', errorCode: 'E_FAIL', cause: { type: 'QueryFailedError', sqlState: '23514' } });
    expect(JSON.stringify(safe)).not.toContain(PHONE);
  });
});

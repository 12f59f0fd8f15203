import { logSafeJobError, withLogSafeFailure } from './log-safe-failure';

/** Shaped like TypeORM's QueryFailedError around pg's DatabaseError, as a failing INSERT throws it. */
function failedInsert(): Error {
  const driverError = Object.assign(new Error('duplicate key value violates unique constraint "people_phone_key"'), {
    code: '23505',
    table: 'people',
    constraint: 'people_phone_key',
    detail: 'Key (phone)=(+86 138 0013 8000) already exists.',
  });
  return Object.assign(new Error('invalid input syntax for type uuid: "王芳 +86 138 0013 8000"'), {
    name: 'QueryFailedError',
    query: 'INSERT INTO people (name, phone) VALUES ($1, $2)',
    parameters: ['王芳', '+86 138 0013 8000'],
    driverError,
  });
}

describe('what a failed job keeps in Redis', () => {
  it('a database error keeps its type and message without the values it was writing', () => {
    const kept = logSafeJobError(failedInsert());
    const stored = JSON.stringify({ failedReason: kept.message, stacktrace: [kept.stack], name: kept.name });
    expect(kept.name).toBe('QueryFailedError');
    expect(kept.message).toBe('invalid input syntax for type uuid: "[value withheld]"');
    expect(stored).not.toContain('王芳');
    expect(stored).not.toContain('138');
    expect(stored).not.toContain('INSERT INTO');
  });

  it('another error keeps its message', () => {
    expect(logSafeJobError(new Error('Redis did not answer in 1500 ms')).message).toBe('Redis did not answer in 1500 ms');
  });

  it('work that succeeds returns its result; work that fails rejects with the log-safe error', async () => {
    await expect(withLogSafeFailure(async () => 42)).resolves.toBe(42);
    await expect(
      withLogSafeFailure(async () => {
        throw failedInsert();
      }),
    ).rejects.toMatchObject({ name: 'QueryFailedError', message: 'invalid input syntax for type uuid: "[value withheld]"' });
  });
});

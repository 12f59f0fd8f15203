import { isDatabaseUnavailable } from './database-unavailable';

describe('isDatabaseUnavailable', () => {
  it.each([
    ['pg: administrator shut the server down', { code: '57P01', message: 'terminating connection due to administrator command' }, true],
    ['pg: the server is starting up', { code: '57P03', message: 'the database system is starting up' }, true],
    ['pg: connection failure class 08', { code: '08006', message: 'connection failure' }, true],
    ['node: connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), true],
    ['pg: connection dropped mid-query', new Error('Connection terminated unexpectedly'), true],
    ['TypeORM wrapping a pg shutdown', { message: 'QueryFailedError', driverError: { code: '57P01', message: 'terminating connection' } }, true],
    ['pg: unique violation is the request, not the database', { code: '23505', message: 'duplicate key value violates unique constraint' }, false],
    ['pg: syntax error is a defect', { code: '42601', message: 'syntax error at or near' }, false],
    ['a plain defect', new TypeError('Cannot read properties of undefined'), false],
    ['nothing', undefined, false],
  ])('%s → %s', (_name, err, expected) => {
    expect(isDatabaseUnavailable(err)).toBe(expected);
  });
});

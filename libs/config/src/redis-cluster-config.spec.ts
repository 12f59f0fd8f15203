import { validateConfig } from './app-config';

const problemsOf = (env: Record<string, unknown>): string => {
  try {
    validateConfig(env);
    return '';
  } catch (err) {
    return (err as Error).message;
  }
};

describe('REDIS_CLUSTER_NODES', () => {
  it.each([
    [{}, ''],
    [{ REDIS_CLUSTER_NODES: '' }, ''],
    [{ REDIS_CLUSTER_NODES: '127.0.0.1:7000,127.0.0.1:7001', QUEUE_PREFIX: '{os}' }, ''],
    [{ REDIS_CLUSTER_NODES: 'redis-a:6379', QUEUE_PREFIX: '{os}:blue' }, ''],
    [{ REDIS_CLUSTER_NODES: '127.0.0.1:7000', QUEUE_PREFIX: 'os' }, 'QUEUE_PREFIX must start with a hash tag'],
    [{ REDIS_CLUSTER_NODES: '127.0.0.1:7000', QUEUE_PREFIX: 'os{x}' }, 'QUEUE_PREFIX must start with a hash tag'],
    [{ REDIS_CLUSTER_NODES: '127.0.0.1', QUEUE_PREFIX: '{os}' }, 'REDIS_CLUSTER_NODES must be host:port pairs'],
    [{ REDIS_CLUSTER_NODES: '127.0.0.1:7000;127.0.0.1:7001', QUEUE_PREFIX: '{os}' }, 'REDIS_CLUSTER_NODES must be host:port pairs'],
  ])('%j → %s', (env, problem) => {
    const said = problemsOf({ NODE_ENV: 'test', ...env });
    if (problem === '') expect(said).toBe('');
    else expect(said).toContain(problem);
  });

  it('an empty value leaves the single Redis of REDIS_URL in use', () => {
    expect(validateConfig({ NODE_ENV: 'test', REDIS_CLUSTER_NODES: '' }).REDIS_CLUSTER_NODES).toBeUndefined();
  });
});

export * from './api-client';
export * from './factories';
export * from './process-stack';
export * from './test-database';

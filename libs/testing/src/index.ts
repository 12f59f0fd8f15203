export * from '@app/api-client';
export * from './factories';
export * from './jury-fixtures';
export * from './process-stack';
export * from './test-database';
export * from './private-services';
export * from './admin-cli';
export * from './attachment-fixtures';

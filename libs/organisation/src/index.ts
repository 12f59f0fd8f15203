export * from './development-root-organisation';
export * from './organisation-tree';
export * from './organisation-changes';
export * from './organisation-requests';
export * from './campaign-scope';
export * from './organisation.module';

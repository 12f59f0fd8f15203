export * from './organisation-level';
export * from './organisation-scope';

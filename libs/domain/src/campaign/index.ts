export * from './campaign';
export * from './campaign-config';
export * from './campaign-events';
export * from './campaign-stage';
export * from './stage-definitions';
export * from './campaign-deadlines';
export * from './campaign-templates';
export * from './clone-campaign-config';

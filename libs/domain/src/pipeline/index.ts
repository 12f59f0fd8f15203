export * from './pipeline-template';
export * from './campaign-stages-of';
export * from './award-tiers';
export * from './validate-pipeline';
export * from './honours-template';
export * from './places-to-fill';

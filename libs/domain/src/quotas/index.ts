export * from './quota-check';
export * from './campaign-quotas';
export * from './body-quotas';
export * from './candidate-attribute-definitions';

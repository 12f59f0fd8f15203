export * from './quota-check';
export * from './campaign-quotas';

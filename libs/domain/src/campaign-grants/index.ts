export * from './campaign-grant-events';
export * from './campaign-grants';

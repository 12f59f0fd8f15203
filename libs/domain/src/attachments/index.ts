export * from './attachment-content';

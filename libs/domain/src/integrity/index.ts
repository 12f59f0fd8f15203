export * from './canonical-json';
export * from './event-hash';
export * from './verify-campaign-log';
export * from './verify-child-adoptions';

export * from './notice-plan';
export * from './notice-channels';
export * from './reminder-schedule';

export * from './results';
export * from './results-events';
export * from './working-days';
export * from './results-view';
export * from './result-line';
export * from './objection-moderation';
export * from './public-disclosure';
export * from './awards-view';

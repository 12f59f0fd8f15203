export * from './ballot';
export * from './juror-roster';
export * from './jury-events';
export * from './jury-tally';
export * from './paper-count';
export * from './receipt';
export * from './voter-pseudonym';

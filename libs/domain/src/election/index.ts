export * from './congress-round';
export * from './ballot-count';
export * from './seat-allocation';
export * from './tally-congress-election';
export * from './run-off';
export * from './congress-events';
export * from './congress-election';
export * from './recorded-minutes';

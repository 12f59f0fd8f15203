export * from './score-weights';
export * from './composite-ranking';
export * from './quota-check';
export * from './shortlist';

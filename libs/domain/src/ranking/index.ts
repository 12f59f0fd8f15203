export * from './score-weights';
export * from './composite-ranking';
export * from './part-scores';
export * from './missing-ranking-parts';
export * from './ranking-workflow';

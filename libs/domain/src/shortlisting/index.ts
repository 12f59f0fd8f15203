export * from './inspection';
export * from './missing-ranking-parts';
export * from './part-scores';
export * from './ranking-workflow';
export * from './shortlisting-events';
export * from './shortlisting-state';

export * from './rubric';
export * from './score-sheet';
export * from './trimmed-mean';
export * from './panel-grade';
export * from './rater-statistics';

export * from './shortlist';
export * from './inspection';
export * from './shortlisting-events';
export * from './shortlisting-state';
export * from './withdrawal-after-candidacy';

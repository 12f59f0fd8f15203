export * from './candidacy';
export * from './candidacy-details';
export * from './candidacy-events';
export * from './candidacy-consent';
export * from './candidacies-by-candidate';
export * from './nomination';

export * from './application/commands/close-inspection/close-inspection.command';
export * from './application/commands/freeze-ranking/freeze-ranking.command';
export * from './application/commands/record-inspection/record-inspection.command';
export * from './application/queries/get-ranking.query';
export * from './application/queries/get-shortlist.query';
export * from './application/queries/what-if-weights.query';
export * from './shortlisting.module';

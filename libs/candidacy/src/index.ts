export * from './application/commands/decide-qualification/decide-qualification.command';
export * from './application/commands/edit-candidacy/edit-candidacy.command';
export * from './application/commands/submit-candidacy/submit-candidacy.command';
export * from './application/commands/withdraw-candidacy/withdraw-candidacy.command';
export * from './application/queries/candidacy.view';
export * from './application/queries/get-candidacy.query';
export * from './application/queries/list-candidacies.query';
export * from './candidacy.module';

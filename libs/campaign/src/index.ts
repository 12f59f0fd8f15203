export * from './application/commands/advance-campaign-stage/advance-campaign-stage.command';
export * from './application/commands/create-campaign/create-campaign.command';
export * from './application/commands/reconfigure-campaign/reconfigure-campaign.command';
export * from './application/queries/audit-trail.query';
export * from './application/queries/campaign.view';
export * from './application/queries/get-campaign.query';
export * from './application/queries/list-campaigns.query';
export * from './campaign.module';

import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { AuthModule, RateLimitModule } from '@app/auth';
import { CampaignQueriesModule } from '@app/campaign';
import { CandidacyQueriesModule } from '@app/candidacy';
import { ElectionQueriesModule } from '@app/election';
import { EvaluationQueriesModule } from '@app/evaluation';
import { JuryQueriesModule } from '@app/jury';
import { NotificationsApiModule } from '@app/notifications';
import { AppConfigModule, LoggingModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { IdentityModule } from '@app/identity';
import { QueueModule } from '@app/queue';
import { ResultsQueriesModule } from '@app/results';
import { ShortlistingQueriesModule } from '@app/shortlisting';
import { OrganisationModule } from '@app/organisation';
import { CampaignGrantsController } from './http/campaigns/campaign-grants.controller';
import { CampaignOrganisation } from './http/campaigns/campaign-organisation';
import { OrganisationsController } from './http/organisations/organisations.controller';
import { CampaignScopeModule } from './http/scope/campaign-scope.module';
import { PublicResultsController } from './http/results/public-results.controller';
import { ResultsController } from './http/results/results.controller';
import { PersonalDataErasureController } from './http/results/personal-data-erasure.controller';
import { ShortlistingController } from './http/shortlisting/shortlisting.controller';
import { DevLoginController } from './http/auth/dev-login.controller';
import { PasswordResetController } from './http/auth/password-reset.controller';
import { RegistrationController } from './http/auth/registration.controller';
import { SignInController } from './http/auth/sign-in.controller';
import { MyDataController } from './http/personal-data/my-data.controller';
import { NotificationsController } from './http/notifications/notifications.controller';
import { OidcController } from './http/auth/oidc.controller';
import { TotpController } from './http/auth/totp.controller';
import { CampaignEventsController } from './http/campaigns/campaign-events.controller';
import { CampaignsController } from './http/campaigns/campaigns.controller';
import { StagesController } from './http/campaigns/stages.controller';
import { CampaignTemplatesController } from './http/campaigns/campaign-templates.controller';
import { AttachmentsController } from './http/candidacies/attachments.controller';
import { PrintablesController } from './http/printables/printables.controller';
import { CandidaciesController } from './http/candidacies/candidacies.controller';
import { ChildCampaignsController } from './http/candidacies/child-campaigns.controller';
import { DelegateBallotController, DelegateReceiptController, ElectionController } from './http/election/election.controller';
import { EvaluationController } from './http/evaluation/evaluation.controller';
import { CommandGateway } from './http/commands/command-gateway';
import { CommandOutcomeWaiter } from './http/commands/command-outcome-waiter';
import { CommandsController } from './http/commands/commands.controller';
import { HealthController } from './http/health/health.controller';
import { JuryBallotsController } from './http/jury/jury-ballots.controller';
import { JuryRosterController } from './http/jury/jury-roster.controller';
import { CampaignInvitationsController } from './http/invitations/campaign-invitations.controller';
import { InvitationAcceptance } from './http/invitations/invitation-acceptance';
import { InvitationAcceptanceController } from './http/invitations/invitation-acceptance.controller';
import { InvitationIssuer } from './http/invitations/invitation-issuer';
import { OrganisationInvitationsController } from './http/invitations/organisation-invitations.controller';
import { UntrustedInputMiddleware } from './validation/untrusted-input.middleware';

@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule,
    QueueModule,
    CqrsModule.forRoot(),
    AuthModule,
    IdentityModule,
    RateLimitModule,
    TerminusModule,
    CampaignQueriesModule,
    CandidacyQueriesModule,
    ShortlistingQueriesModule,
    ResultsQueriesModule,
    EvaluationQueriesModule,
    JuryQueriesModule,
    ElectionQueriesModule,
    OrganisationModule,
    NotificationsApiModule,
    // After AuthModule: its guard names the person whose campaign scope this one checks.
    CampaignScopeModule,
  ],
  controllers: [
    ResultsController,
    PublicResultsController,
    ShortlistingController,
    DevLoginController,
    SignInController,
    OidcController,
    RegistrationController,
    PasswordResetController,
    TotpController,
    CampaignsController,
    CampaignEventsController,
    CandidaciesController,
    ChildCampaignsController,
    EvaluationController,
    CommandsController,
    HealthController,
    JuryRosterController,
    JuryBallotsController,
    ElectionController,
    DelegateBallotController,
    DelegateReceiptController,
    OrganisationsController,
    CampaignGrantsController,
    CampaignInvitationsController,
    OrganisationInvitationsController,
    InvitationAcceptanceController,
    MyDataController,
    PersonalDataErasureController,
    StagesController,
    CampaignTemplatesController,
    NotificationsController,
    AttachmentsController,
    PrintablesController,
  ],
  providers: [CommandGateway, CommandOutcomeWaiter, CampaignOrganisation, InvitationIssuer, InvitationAcceptance],
})
export class ApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(UntrustedInputMiddleware).forRoutes('*');
  }
}

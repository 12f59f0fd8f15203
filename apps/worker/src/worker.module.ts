import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CampaignCommandsModule } from '@app/campaign';
import { CandidacyCommandsModule } from '@app/candidacy';
import { ElectionCommandsModule } from '@app/election';
import { EvaluationCommandsModule } from '@app/evaluation';
import { JuryCommandsModule } from '@app/jury';
import { NotificationsWorkerModule } from '@app/notifications';
import { AppConfigModule, LoggingModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueModule } from '@app/queue';
import { ResultsCommandsModule } from '@app/results';
import { ShortlistingCommandsModule } from '@app/shortlisting';
import { JuryIntakeSweeper } from './handover/jury-intake-sweeper';
import { NotificationSweeper } from './handover/notification-sweeper';
import { OutboxRelay } from './handover/outbox-relay';
import { PendingCommandSweeper } from './handover/pending-command-sweeper';
import { CommandRegistry } from './processors/command-registry';
import { CommandsProcessor } from './processors/commands.processor';
import { EventsProcessor } from './processors/events.processor';
import { JuryBallotsProcessor } from './processors/jury-ballots.processor';
import { NotificationsProcessor } from './processors/notifications.processor';
import { AsyncProjectionRegistry } from './projections/async-projection';
import { AuditLogProjection } from './projections/audit-log.projection';
import { RetentionErasureProcessor } from './personal-data/retention-erasure.processor';
import { NotificationsProjection } from './projections/notifications.projection';

@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule,
    QueueModule,
    CqrsModule.forRoot(),
    CampaignCommandsModule,
    CandidacyCommandsModule,
    ShortlistingCommandsModule,
    ResultsCommandsModule,
    EvaluationCommandsModule,
    JuryCommandsModule,
    ElectionCommandsModule,
    NotificationsWorkerModule,
  ],
  providers: [
    CommandRegistry,
    CommandsProcessor,
    EventsProcessor,
    JuryBallotsProcessor,
    AsyncProjectionRegistry,
    AuditLogProjection,
    OutboxRelay,
    PendingCommandSweeper,
    JuryIntakeSweeper,
    RetentionErasureProcessor,
    NotificationsProcessor,
    NotificationsProjection,
    NotificationSweeper,
  ],
})
export class WorkerModule {}

import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AdmitObjectionCommand } from './application/commands/admit-objection/admit-objection.command';
import { AdmitObjectionHandler } from './application/commands/admit-objection/admit-objection.handler';
import { CertifyResultsCommand } from './application/commands/certify-results/certify-results.command';
import { CertifyResultsHandler } from './application/commands/certify-results/certify-results.handler';
import { DismissObjectionsCommand } from './application/commands/dismiss-objections/dismiss-objections.command';
import { DismissObjectionsHandler } from './application/commands/dismiss-objections/dismiss-objections.handler';
import { LodgeObjectionCommand } from './application/commands/lodge-objection/lodge-objection.command';
import { LodgeObjectionHandler } from './application/commands/lodge-objection/lodge-objection.handler';
import { PublishResultsCommand } from './application/commands/publish-results/publish-results.command';
import { PublishResultsHandler } from './application/commands/publish-results/publish-results.handler';
import { RecordCorrectionCommand } from './application/commands/record-correction/record-correction.command';
import { RecordCorrectionHandler } from './application/commands/record-correction/record-correction.handler';
import { ResolveObjectionCommand } from './application/commands/resolve-objection/resolve-objection.command';
import { ResolveObjectionHandler } from './application/commands/resolve-objection/resolve-objection.handler';
import { GetResultsHandler } from './application/queries/get-results.handler';
import { NoticePdfStore } from './infrastructure/notice-pdf/notice-pdf-store';
import { NoticePdfs } from './infrastructure/notice-pdf/notice-pdfs';
import { SharedChromium } from './infrastructure/notice-pdf/shared-chromium';

export const RESULTS_COMMANDS = [PublishResultsCommand, LodgeObjectionCommand, AdmitObjectionCommand, DismissObjectionsCommand, ResolveObjectionCommand, CertifyResultsCommand, RecordCorrectionCommand];

@Module({
  imports: [CqrsModule],
  providers: [PublishResultsHandler, LodgeObjectionHandler, AdmitObjectionHandler, DismissObjectionsHandler, ResolveObjectionHandler, CertifyResultsHandler, RecordCorrectionHandler],
})
export class ResultsCommandsModule {}

@Module({
  imports: [CqrsModule],
  providers: [GetResultsHandler, NoticePdfStore, SharedChromium, NoticePdfs],
  exports: [NoticePdfs, SharedChromium],
})
export class ResultsQueriesModule {}

import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AdmitObjectionHandler } from './application/commands/admit-objection/admit-objection.handler';
import { CertifyResultsHandler } from './application/commands/certify-results/certify-results.handler';
import { DismissObjectionsHandler } from './application/commands/dismiss-objections/dismiss-objections.handler';
import { LodgeObjectionHandler } from './application/commands/lodge-objection/lodge-objection.handler';
import { PublishResultsHandler } from './application/commands/publish-results/publish-results.handler';
import { RecordCorrectionHandler } from './application/commands/record-correction/record-correction.handler';
import { ResolveObjectionHandler } from './application/commands/resolve-objection/resolve-objection.handler';
import { ErasePersonalDataHandler } from './application/commands/erase-personal-data/erase-personal-data.handler';
import { GetResultsHandler } from './application/queries/get-results.handler';
import { NoticePdfStore } from './infrastructure/notice-pdf/notice-pdf-store';
import { NoticePdfs } from './infrastructure/notice-pdf/notice-pdfs';
import { SharedChromium } from './infrastructure/notice-pdf/shared-chromium';

@Module({
  imports: [CqrsModule],
  providers: [
    PublishResultsHandler,
    LodgeObjectionHandler,
    AdmitObjectionHandler,
    DismissObjectionsHandler,
    ResolveObjectionHandler,
    CertifyResultsHandler,
    RecordCorrectionHandler,
    ErasePersonalDataHandler,
  ],
})
export class ResultsCommandsModule {}

@Module({
  imports: [CqrsModule],
  providers: [GetResultsHandler, NoticePdfStore, SharedChromium, NoticePdfs],
  exports: [NoticePdfs, SharedChromium],
})
export class ResultsQueriesModule {}

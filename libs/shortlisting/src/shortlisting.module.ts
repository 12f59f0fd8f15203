import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CloseInspectionHandler } from './application/commands/close-inspection/close-inspection.handler';
import { FreezeRankingHandler } from './application/commands/freeze-ranking/freeze-ranking.handler';
import { RecordInspectionHandler } from './application/commands/record-inspection/record-inspection.handler';
import { GetRankingHandler } from './application/queries/get-ranking.handler';
import { GetShortlistHandler } from './application/queries/get-shortlist.handler';
import { WhatIfWeightsHandler } from './application/queries/what-if-weights.handler';
import { RankingProjector } from './infrastructure/ranking.projector';

/** The write side, for the worker. */
@Module({
  imports: [CqrsModule],
  providers: [FreezeRankingHandler, RecordInspectionHandler, CloseInspectionHandler, RankingProjector],
})
export class ShortlistingCommandsModule {}

/** The read side, for the api. */
@Module({
  imports: [CqrsModule],
  providers: [GetRankingHandler, WhatIfWeightsHandler, GetShortlistHandler],
})
export class ShortlistingQueriesModule {}

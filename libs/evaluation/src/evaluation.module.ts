import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AddExpertToPanelHandler } from './application/commands/add-expert-to-panel/add-expert-to-panel.handler';
import { ChangeExpertAssignmentsHandler } from './application/commands/change-expert-assignments/change-expert-assignments.handler';
import { CloseProjectReviewHandler } from './application/commands/close-project-review/close-project-review.handler';
import { DeclareConflictOfInterestHandler } from './application/commands/declare-conflict-of-interest/declare-conflict-of-interest.handler';
import { RecordPanelGradeHandler } from './application/commands/record-panel-grade/record-panel-grade.handler';
import { SaveScoreSheetDraftHandler } from './application/commands/save-score-sheet-draft/save-score-sheet-draft.handler';
import { SubmitScoreSheetHandler } from './application/commands/submit-score-sheet/submit-score-sheet.handler';
import { UnlockScoreSheetHandler } from './application/commands/unlock-score-sheet/unlock-score-sheet.handler';
import { EVALUATION_QUERY_HANDLERS } from './application/queries/evaluation-query.handlers';
import { EvaluationReader } from './application/queries/evaluation-reader';
import { EVALUATION_ENTITIES } from './infrastructure/evaluation.orm-entities';
import { EvaluationProjector } from './infrastructure/evaluation.projector';

/** The write side, for the worker: command handlers and the in-transaction projector. */
@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature(EVALUATION_ENTITIES)],
  providers: [
    AddExpertToPanelHandler,
    ChangeExpertAssignmentsHandler,
    DeclareConflictOfInterestHandler,
    SaveScoreSheetDraftHandler,
    SubmitScoreSheetHandler,
    UnlockScoreSheetHandler,
    CloseProjectReviewHandler,
    RecordPanelGradeHandler,
    EvaluationProjector,
  ],
})
export class EvaluationCommandsModule {}

/** The read side, for the api. */
@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature(EVALUATION_ENTITIES)],
  providers: [EvaluationReader, ...EVALUATION_QUERY_HANDLERS],
})
export class EvaluationQueriesModule {}

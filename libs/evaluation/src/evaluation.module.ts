import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AddExpertToPanelCommand } from './application/commands/add-expert-to-panel/add-expert-to-panel.command';
import { AddExpertToPanelHandler } from './application/commands/add-expert-to-panel/add-expert-to-panel.handler';
import { ChangeExpertAssignmentsCommand } from './application/commands/change-expert-assignments/change-expert-assignments.command';
import { ChangeExpertAssignmentsHandler } from './application/commands/change-expert-assignments/change-expert-assignments.handler';
import { CloseProjectReviewCommand } from './application/commands/close-project-review/close-project-review.command';
import { CloseProjectReviewHandler } from './application/commands/close-project-review/close-project-review.handler';
import { DeclareConflictOfInterestCommand } from './application/commands/declare-conflict-of-interest/declare-conflict-of-interest.command';
import { DeclareConflictOfInterestHandler } from './application/commands/declare-conflict-of-interest/declare-conflict-of-interest.handler';
import { RecordPanelGradeCommand } from './application/commands/record-panel-grade/record-panel-grade.command';
import { RecordPanelGradeHandler } from './application/commands/record-panel-grade/record-panel-grade.handler';
import { SaveScoreSheetDraftCommand } from './application/commands/save-score-sheet-draft/save-score-sheet-draft.command';
import { SaveScoreSheetDraftHandler } from './application/commands/save-score-sheet-draft/save-score-sheet-draft.handler';
import { SubmitScoreSheetCommand } from './application/commands/submit-score-sheet/submit-score-sheet.command';
import { SubmitScoreSheetHandler } from './application/commands/submit-score-sheet/submit-score-sheet.handler';
import { UnlockScoreSheetCommand } from './application/commands/unlock-score-sheet/unlock-score-sheet.command';
import { UnlockScoreSheetHandler } from './application/commands/unlock-score-sheet/unlock-score-sheet.handler';
import { EVALUATION_QUERY_HANDLERS } from './application/queries/evaluation-query.handlers';
import { EvaluationReader } from './application/queries/evaluation-reader';
import { EVALUATION_ENTITIES } from './infrastructure/evaluation.orm-entities';
import { EvaluationProjector } from './infrastructure/evaluation.projector';

export const EVALUATION_COMMANDS = [
  AddExpertToPanelCommand,
  ChangeExpertAssignmentsCommand,
  DeclareConflictOfInterestCommand,
  SaveScoreSheetDraftCommand,
  SubmitScoreSheetCommand,
  UnlockScoreSheetCommand,
  CloseProjectReviewCommand,
  RecordPanelGradeCommand,
];

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

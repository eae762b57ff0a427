export { allowedNextStages } from '../workflow/stageTransitions.ts'
export type { StageActor } from '../workflow/stageTransitions.ts'
export {
  contentStages,
  isStage,
  openStages,
  overdueStages,
  referentEditableStages,
  stageLabels,
  stagesNeedingComment,
  stagesWithNotification,
} from '../workflow/stages.ts'
export type { Stage } from '../workflow/stages.ts'

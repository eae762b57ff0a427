export type { JobsRunner, JobsRunnerOptions } from '../jobs/startJobsRunner.ts'
export type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../translations/index.ts'
export type {
  AmbassadorsCollectionKey,
  AmbassadorsPluginOptions,
  AmbassadorsSlugMap,
  CollectionOverride,
  Role,
  SanitizedAmbassadorsOptions,
} from '../types.ts'
export type { DocumentId } from '../utilities/idOf.ts'
export type { StageActor } from '../workflow/stageTransitions.ts'
export type { Stage } from '../workflow/stages.ts'

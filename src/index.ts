export { ambassadorsPlugin } from './plugins/ambassadorsPlugin.ts'
export { startJobsRunner } from './jobs/startJobsRunner.ts'
export type { JobsRunner, JobsRunnerOptions } from './jobs/startJobsRunner.ts'
export { taskSlugs } from './jobs/taskSlugs.ts'
export { defaultCollectionSlugs } from './defaults.ts'
export { contentStages } from './workflow/stages.ts'
export type {
  AmbassadorsCollectionKey,
  AmbassadorsPluginOptions,
  CollectionOverride,
} from './types.ts'

export { queueLockName, withAdvisoryLock } from '../database/advisoryLock.ts'
export { startJobsRunner } from '../jobs/startJobsRunner.ts'
export type { JobsRunner, JobsRunnerOptions } from '../jobs/startJobsRunner.ts'
export { taskSlugs } from '../jobs/taskSlugs.ts'

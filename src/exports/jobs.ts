export { queueLockName, withAdvisoryLock } from '../database/advisoryLock.ts'
export type { JobsRunner, JobsRunnerOptions } from '../jobs/jobsRunner.ts'
export { startJobsRunner } from '../plugins/startJobsRunner.ts'
export { taskSlugs } from '../jobs/taskSlugs.ts'

import type { JobsRunner, JobsRunnerOptions } from '../jobs/jobsRunner.ts'

import { createJobsRunner } from '../jobs/jobsRunner.ts'
import { settingsOf } from './settingsOf.ts'

/**
 * Runs the plugin's queue (the `jobsQueue` option, unless `queues` names others) and its schedules until
 * stopped, one runner per queue at a time across every machine sharing the database.
 */
export const startJobsRunner = ({ queues, ...options }: JobsRunnerOptions): JobsRunner =>
  createJobsRunner({ ...options, queues: queues ?? [settingsOf(options.payload).jobsQueue] })

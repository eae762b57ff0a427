import type { Payload } from 'payload'

import { queueLockName, withAdvisoryLock } from '../database/advisoryLock.ts'

export type JobsRunnerOptions = {
  /** Pause between two passes over the queues, in milliseconds. @default 2000 */
  intervalMs?: number
  /** Jobs claimed per pass and queue. @default 20 */
  limit?: number
  payload: Payload
  /**
   * Queues to run; their schedules are handled too.
   * @default [the plugin's `jobsQueue` option]
   */
  queues?: string[]
  /**
   * A job still marked `processing` this long after its last update was left by a crashed worker and
   * is released for another try. @default 900000 (15 minutes)
   */
  staleAfterMs?: number
}

export type JobsRunner = {
  /** Resolves after the pass in progress, if any, has finished; claims nothing afterwards. */
  stop: () => Promise<void>
}

/**
 * Runs the given queues and their schedules until stopped (`startJobsRunner` names the plugin's queue).
 * Payload 3.90 claims jobs with a read then a write and no lock, so two runners can execute one job
 * twice; here each queue is run under a PostgreSQL advisory lock, which lets any number of workers on
 * any number of machines share the database while a queue is only ever run by one of them at a time. Jobs a crashed worker left
 * `processing` are released by the next lock holder.
 */
export const createJobsRunner = ({
  intervalMs = 2000,
  limit = 20,
  payload,
  queues,
  staleAfterMs = 15 * 60_000,
}: JobsRunnerOptions & { queues: string[] }): JobsRunner => {
  let isStopping = false
  let timer: NodeJS.Timeout | undefined
  let pass: Promise<void> = Promise.resolve()

  const runQueue = async (queue: string) => {
    await withAdvisoryLock(payload, queueLockName(queue), async () => {
      await payload.update({
        collection: 'payload-jobs',
        data: { processing: false },
        depth: 0,
        where: {
          and: [
            { queue: { equals: queue } },
            { processing: { equals: true } },
            { updatedAt: { less_than: new Date(Date.now() - staleAfterMs).toISOString() } },
          ],
        },
      })
      await payload.jobs.handleSchedules({ queue })
      await payload.jobs.run({ limit, queue, silent: { info: true } })
    })
  }

  const tick = async () => {
    for (const queue of queues) {
      if (isStopping) {
        return
      }
      try {
        await runQueue(queue)
      } catch (err) {
        payload.logger.error({ err, msg: `Jobs runner: queue "${queue}" failed this pass` })
      }
    }
  }

  const schedule = () => {
    if (isStopping) {
      return
    }
    timer = setTimeout(() => {
      pass = tick().finally(schedule)
    }, intervalMs)
  }

  pass = tick().finally(schedule)

  return {
    stop: async () => {
      isStopping = true
      clearTimeout(timer)
      await pass
    },
  }
}

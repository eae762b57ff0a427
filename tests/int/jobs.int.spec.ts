import type { TaskConfig } from 'payload'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { TestPayload } from '../helpers/initTestPayload.ts'

import { startJobsRunner, taskSlugs } from '../../src/index.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'

const executions: string[] = []

/** A task that records each execution, to count how often a job really ran. */
const recordTask: TaskConfig<{ input: { key: string }; output: object }> = {
  slug: 'testRecord',
  handler: async ({ input }) => {
    executions.push(input.key)
    await new Promise((resolve) => setTimeout(resolve, 20))
    return { output: {} }
  },
  inputSchema: [{ name: 'key', type: 'text', required: true }],
}

let t: TestPayload

beforeAll(async () => {
  t = await initTestPayload('jobs', {
    extend: (config) => ({
      ...config,
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), recordTask as never] },
    }),
  })
})

afterAll(async () => {
  await t?.teardown()
})

afterEach(async () => {
  executions.length = 0
  await t.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  await t.payload.delete({ collection: 'content-items', where: { id: { exists: true } } })
})

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

describe('archiveExpiredContent', () => {
  it('should archive approved content whose validity has ended, and only that', async () => {
    const create = (title: string, stage: string, validUntil?: string) =>
      t.payload.create({
        collection: 'content-items',
        data: { _status: 'published', stage, title, validFrom: daysFromNow(-30), validUntil } as never,
      })
    const expired = await create('Salon terminé', 'approved', daysFromNow(-1))
    const current = await create('Offre en cours', 'approved', daysFromNow(10))
    const expiredSuggestion = await create('Idée périmée', 'suggested', daysFromNow(-1))

    await t.payload.jobs.queue({ input: {}, queue: 'ambassadors', task: taskSlugs.archiveExpiredContent as never })
    await t.payload.jobs.run({ queue: 'ambassadors' })

    const stageOf = async (id: number | string) =>
      (await t.payload.findByID({ collection: 'content-items', id })).stage
    expect(await stageOf(expired.id)).toBe('archived')
    expect(await stageOf(current.id)).toBe('approved')
    expect(await stageOf(expiredSuggestion.id)).toBe('suggested')
  })
})

describe('startJobsRunner', () => {
  it('should run every job exactly once with three runners sharing one database', async () => {
    const keys = Array.from({ length: 30 }, (_, i) => `job-${i}`)
    for (const key of keys) {
      await t.payload.jobs.queue({ input: { key }, queue: 'shared', task: 'testRecord' as never })
    }
    const runners = Array.from({ length: 3 }, () =>
      startJobsRunner({ intervalMs: 20, limit: 5, payload: t.payload, queues: ['shared'] }),
    )
    const deadline = Date.now() + 30_000
    while (executions.length < keys.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await Promise.all(runners.map((runner) => runner.stop()))
    expect(executions.slice().sort()).toEqual(keys.slice().sort())
  })

  it('should release a job a crashed worker left processing, and run it', async () => {
    const job: { id: number | string } = await t.payload.jobs.queue({ input: { key: 'stuck' }, queue: 'crash', task: 'testRecord' as never })
    // What a worker killed mid-task leaves behind: processing, untouched for an hour.
    await t.payload.db.updateOne({
      collection: 'payload-jobs',
      data: { processing: true, updatedAt: new Date(Date.now() - 3_600_000).toISOString() },
      id: job.id,
    } as never)
    const runner = startJobsRunner({ intervalMs: 20, payload: t.payload, queues: ['crash'] })
    const deadline = Date.now() + 10_000
    while (!executions.includes('stuck') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await runner.stop()
    expect(executions).toEqual(['stuck'])
  })

  it('should finish its pass and claim nothing after stop()', async () => {
    const runner = startJobsRunner({ intervalMs: 20, payload: t.payload, queues: ['late'] })
    await runner.stop()
    await t.payload.jobs.queue({ input: { key: 'late' }, queue: 'late', task: 'testRecord' as never })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(executions).toEqual([])
  })
})

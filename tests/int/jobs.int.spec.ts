import type { TaskConfig } from 'payload'

import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest'

import type { TestPayload } from '../helpers/initTestPayload.ts'

import { startJobsRunner, taskSlugs } from 'payload-plugin-ambassadors'

import { queueLockName, withAdvisoryLock } from '../../src/database/advisoryLock.ts'
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
  it('should run no job while another session holds the queue lock, then every job exactly once', async () => {
    const keys = Array.from({ length: 12 }, (_, i) => `job-${i}`)
    for (const key of keys) {
      await t.payload.jobs.queue({ input: { key }, queue: 'shared', task: 'testRecord' as never })
    }
    // Each pass of a runner takes a pool connection to try the queue's lock: counting them shows it tried.
    const pool = (t.payload.db as unknown as { pool: { connect: () => Promise<unknown> } }).pool

    const runner = await withAdvisoryLock(t.payload, queueLockName('shared'), async () => {
      const connect = vi.spyOn(pool, 'connect')
      onTestFinished(() => connect.mockRestore())
      const started = startJobsRunner({ intervalMs: 20, limit: 5, payload: t.payload, queues: ['shared'] })
      onTestFinished(() => started.stop())
      await expect.poll(() => connect.mock.calls.length, { interval: 20, timeout: 10_000 }).toBeGreaterThanOrEqual(5)
      expect(executions).toEqual([])
      return started
    })
    // undefined would mean this test never held the lock, and the wait above proved nothing.
    expect(runner).toBeDefined()

    await expect.poll(() => executions.length, { interval: 50, timeout: 30_000 }).toBe(keys.length)
    await runner!.stop()
    expect(executions.slice().sort()).toEqual(keys.slice().sort())
    expect((await t.payload.count({ collection: 'payload-jobs', where: { queue: { equals: 'shared' } } })).totalDocs).toBe(0)
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

import { describe, expect, it } from 'vitest'

import type { ClaimedRow } from '../../src/delivery/deliverySql.ts'

import { createWindowFeed } from '../../src/delivery/windowFeed.ts'

const rowsOf = (from: number, count: number): ClaimedRow[] =>
  Array.from({ length: count }, (_, index) => ({ ambassador: null, ambassadorId: from + index, attempts: 0, id: from + index, segment: 's0' }))

/** Batches handed out in turn, then nothing; records when each claim happened. */
const batches = (...sizes: (null | number)[]) => {
  const claims: number[] = []
  let next = 1
  let call = 0
  return {
    claim: async () => {
      claims.push(call)
      const size = sizes[call++]
      if (size === undefined) {
        return []
      }
      if (size === null) {
        return null
      }
      const rows = rowsOf(next, size)
      next += size
      return rows
    },
    claims,
  }
}

const idsOf = (window: ClaimedRow[] | undefined) => window?.map((row) => row.id)

describe('createWindowFeed', () => {
  it('should cut each batch into windows and claim the next one while the last windows are handed out', async () => {
    const source = batches(5, 4)
    const feed = createWindowFeed({ claim: source.claim, lowWater: 1, onError: () => undefined, windowSize: 2 })
    expect(idsOf(await feed.next())).toEqual([1, 2])
    expect(source.claims).toHaveLength(1)
    expect(idsOf(await feed.next())).toEqual([3, 4])
    // One window left ([5]) after this one: below the low-water mark, the next batch is claimed now.
    expect(idsOf(await feed.next())).toEqual([5])
    expect(source.claims).toHaveLength(2)
    expect([idsOf(await feed.next()), idsOf(await feed.next()), idsOf(await feed.next())]).toEqual([[6, 7], [8, 9], undefined])
    expect(await feed.close()).toEqual([])
  })

  it('should claim only once empty with a low-water mark of 0, and wait out a claim that may not proceed yet', async () => {
    const source = batches(2, null, null, 2)
    const feed = createWindowFeed({ claim: source.claim, lowWater: 0, onError: () => undefined, windowSize: 2 })
    expect(idsOf(await feed.next())).toEqual([1, 2])
    expect(source.claims).toHaveLength(1)
    expect(idsOf(await feed.next())).toEqual([3, 4])
    expect(source.claims).toHaveLength(4)
    expect(await feed.next()).toBeUndefined()
  })

  it('should give back the rows of a claim still under way when closed, and hand out nothing more', async () => {
    let finish: (rows: ClaimedRow[]) => void = () => undefined
    const feed = createWindowFeed({
      claim: () => new Promise<ClaimedRow[]>((resolve) => (finish = resolve)),
      lowWater: 1,
      onError: () => undefined,
      windowSize: 2,
    })
    const first = feed.next()
    finish(rowsOf(1, 2))
    expect(idsOf(await first)).toEqual([1, 2])
    // The window was the batch's last: a claim started in the background; closing waits for it.
    const closing = feed.close()
    finish(rowsOf(3, 3))
    expect((await closing).map((row) => row.id)).toEqual([3, 4, 5])
    expect(await feed.next()).toBeUndefined()
  })

  it('should report a failed background claim and claim again on the next call', async () => {
    const errors: unknown[] = []
    let calls = 0
    const feed = createWindowFeed({
      claim: async () => {
        calls++
        if (calls === 2) {
          throw new Error('connection reset')
        }
        return calls === 1 ? rowsOf(1, 1) : calls === 3 ? rowsOf(2, 1) : []
      },
      lowWater: 1,
      onError: (error) => errors.push(error),
      windowSize: 2,
    })
    expect(idsOf(await feed.next())).toEqual([1])
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(errors.map((error) => (error as Error).message)).toEqual(['connection reset'])
    expect(idsOf(await feed.next())).toEqual([2])
  })
})

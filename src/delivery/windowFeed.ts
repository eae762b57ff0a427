import type { ClaimedRow } from './deliverySql.ts'

export type WindowFeedOptions = {
  /** Claims the next batch: `[]` when there is nothing more to claim, `null` when nothing may be claimed yet (rate limits). */
  claim: () => Promise<ClaimedRow[] | null>
  /** Claims the next batch while fewer than this many windows wait, so the SMTP pool never drains between batches; 0 claims only when empty. */
  lowWater: number
  /** A failed claim in the background (the next `next` claims again). */
  onError: (error: unknown) => void
  windowSize: number
}

/**
 * The windows one worker sends for one issue: batches claimed one at a time and cut into windows, the
 * next batch claimed ahead, while the last windows of the current one are under way.
 */
export const createWindowFeed = ({ claim, lowWater, onError, windowSize }: WindowFeedOptions) => {
  const windows: ClaimedRow[][] = []
  let isExhausted = false
  let isClosed = false
  let claiming: Promise<void> | undefined

  const refill = () =>
    (claiming ??= (async () => {
      const rows = await claim()
      if (rows?.length === 0) {
        isExhausted = true
      }
      for (let start = 0; rows && start < rows.length; start += windowSize) {
        windows.push(rows.slice(start, start + windowSize))
      }
    })().finally(() => {
      claiming = undefined
    }))

  return {
    /** The next window, or undefined once nothing is left to claim or the feed is closed. */
    next: async (): Promise<ClaimedRow[] | undefined> => {
      while (!isClosed && !isExhausted && windows.length === 0) {
        await refill()
      }
      const window = isClosed ? undefined : windows.shift()
      if (window && !isExhausted && !claiming && windows.length < lowWater) {
        refill().catch(onError)
      }
      return window
    },
    /** Hands out nothing more; answers the rows claimed and not handed out (a claim under way included), to release. */
    close: async (): Promise<ClaimedRow[]> => {
      isClosed = true
      await claiming?.catch(() => undefined)
      return windows.splice(0).flat()
    },
  }
}

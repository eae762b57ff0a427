/** Rows a worker may still send: not yet tried, or waiting for their retry time. */
export const workableStates = ['pending', 'retry'] as const

/** Rows that keep an issue from being sent. */
export const openStates = ['pending', 'sending', 'retry'] as const

/** How long a worker holds the rows it claimed before others may take them back. */
export const leaseMs = 120_000

/** Retries after a temporary (4xx) refusal, before the row counts as failed. */
export const maxAttempts = 5

/** Exponential back-off with full jitter: 1, 2, 4, 8… minutes, at most an hour, randomised. */
export const retryDelayMs = (attempt: number, random = Math.random): number => {
  const ceiling = Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempt - 1))
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

export type LatencySummary = {
  count: number
  maxMs: number
  meanMs: number
  p50Ms: number
  p95Ms: number
  p99Ms: number
  /** Completed requests per second of wall time. */
  rps: number
}

/** Nearest-rank percentile of ascending values: the smallest value with at least p% at or below it. */
export const percentile = (sortedValues: readonly number[], p: number): number => {
  if (sortedValues.length === 0) {
    throw new Error('percentile of an empty sample')
  }
  const rank = Math.ceil((p / 100) * sortedValues.length)
  return sortedValues[Math.min(sortedValues.length, Math.max(rank, 1)) - 1]!
}

/** Latency distribution of one measured run and its throughput over `wallMs`. */
export const summarizeLatencies = (latenciesMs: readonly number[], wallMs: number): LatencySummary => {
  const sorted = [...latenciesMs].sort((a, b) => a - b)
  const total = sorted.reduce((sum, value) => sum + value, 0)
  return {
    count: sorted.length,
    maxMs: sorted.at(-1) ?? Number.NaN,
    meanMs: total / sorted.length,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    rps: sorted.length / (wallMs / 1000),
  }
}

/** Rounds a figure for printing and for the JSON file (sub-digit noise is not information). */
export const roundFigure = (value: number, digits = 1): number => {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

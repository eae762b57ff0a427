import { performance } from 'node:perf_hooks'

import type { LatencySummary } from './stats.ts'

import { summarizeLatencies } from './stats.ts'

export type ConcurrentRunOptions = {
  /** Clients sending at once; each sends its next request as soon as the previous one is answered. */
  concurrency: number
  /** Measured requests, after the warm-up. */
  requests: number
  /** One request, resolved once its whole response is read; throws when the answer is wrong. */
  send: () => Promise<void>
  /** Requests sent and discarded first (JIT, connection pools, keep-alive sockets). */
  warmUpRequests: number
}

/** Closed-loop load: `concurrency` clients share `total` requests; stops at the first failure. */
const runClients = async (concurrency: number, total: number, send: () => Promise<void>) => {
  const latenciesMs: number[] = []
  let started = 0
  let failure: { err: unknown } | undefined
  const client = async () => {
    while (!failure && started < total) {
      started++
      const startedAt = performance.now()
      try {
        await send()
      } catch (err) {
        failure ??= { err }
        return
      }
      latenciesMs.push(performance.now() - startedAt)
    }
  }
  const cpuBefore = process.cpuUsage()
  const startedAt = performance.now()
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, client))
  const wallMs = performance.now() - startedAt
  const cpu = process.cpuUsage(cpuBefore)
  if (failure) {
    throw failure.err
  }
  return { cpuMs: (cpu.user + cpu.system) / 1000, latenciesMs, wallMs }
}

export type ConcurrentRunSummary = LatencySummary & {
  /**
   * CPU time of this process (server and in-process clients) per request: less sensitive than latency
   * to other work on the machine.
   */
  cpuMsPerRequest: number
}

/** Warms up, then measures `requests` requests at `concurrency`: latencies, throughput, CPU cost. */
export const measureConcurrently = async ({
  concurrency,
  requests,
  send,
  warmUpRequests,
}: ConcurrentRunOptions): Promise<ConcurrentRunSummary> => {
  await runClients(concurrency, warmUpRequests, send)
  const { cpuMs, latenciesMs, wallMs } = await runClients(concurrency, requests, send)
  return { ...summarizeLatencies(latenciesMs, wallMs), cpuMsPerRequest: cpuMs / latenciesMs.length }
}

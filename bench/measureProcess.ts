import { performance } from 'node:perf_hooks'
import v8 from 'node:v8'
import vm from 'node:vm'

export type ProcessMeasure = {
  cpuMs: number
  /** Event-loop utilisation over the span: near 1, the process's main thread was the bottleneck. */
  elu: number
  /** Highest `process.memoryUsage().rss` seen, sampled every `sampleMs` and at both ends. */
  peakRssMb: number
  rssBeforeMb: number
  wallMs: number
}

const rssMb = () => process.memoryUsage().rss / 2 ** 20

/** Wall time, CPU time (user + system), event-loop utilisation and peak RSS of this process while `work` runs. */
export const measureProcess = async <T>(work: () => Promise<T>, { sampleMs = 100 } = {}): Promise<{ measure: ProcessMeasure; result: T }> => {
  const rssBeforeMb = rssMb()
  let peakRssMb = rssBeforeMb
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, rssMb())
  }, sampleMs)
  const eluBefore = performance.eventLoopUtilization()
  const cpuBefore = process.cpuUsage()
  const startedAt = performance.now()
  try {
    const result = await work()
    const wallMs = performance.now() - startedAt
    const cpu = process.cpuUsage(cpuBefore)
    peakRssMb = Math.max(peakRssMb, rssMb())
    return {
      measure: {
        cpuMs: (cpu.user + cpu.system) / 1000,
        elu: performance.eventLoopUtilization(eluBefore).utilization,
        peakRssMb,
        rssBeforeMb,
        wallMs,
      },
      result,
    }
  } finally {
    clearInterval(sampler)
  }
}

let gc: (() => void) | undefined

/**
 * A full garbage collection, twice: what set-up left behind (a seed, a build) is not counted in the RSS of
 * the span measured next. `--expose-gc` turned on at run time, so `npm run bench` needs no flag.
 */
export const collectGarbage = async () => {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc')
    gc = vm.runInNewContext('gc') as () => void
  }
  gc()
  await new Promise((resolve) => setTimeout(resolve, 50))
  gc()
}

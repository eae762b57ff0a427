import { performance } from 'node:perf_hooks'
import v8 from 'node:v8'
import vm from 'node:vm'

export type ProcessMeasure = {
  cpuMs: number
  /** Event-loop utilisation over the span: near 1, the process's main thread was the bottleneck. */
  elu: number
  /** Highest `process.memoryUsage().rss` seen, sampled every `sampleMs` and at both ends. */
  peakRssMb: number
  /** At that peak: the V8 heap in use and the memory held outside it (Buffers mostly), in MB. */
  peakHeapMb: number
  peakExternalMb: number
  rssBeforeMb: number
  wallMs: number
}

const rssMb = () => process.memoryUsage.rss() / 2 ** 20

/** Wall time, CPU time (user + system), event-loop utilisation and peak RSS of this process while `work` runs. */
export const measureProcess = async <T>(work: () => Promise<T>, { sampleMs = 100 } = {}): Promise<{ measure: ProcessMeasure; result: T }> => {
  const rssBeforeMb = rssMb()
  let peakRssMb = rssBeforeMb
  let atPeak = process.memoryUsage()
  const sample = () => {
    const rss = rssMb()
    if (rss > peakRssMb) {
      peakRssMb = rss
      atPeak = process.memoryUsage()
    }
  }
  const sampler = setInterval(sample, sampleMs)
  const eluBefore = performance.eventLoopUtilization()
  const cpuBefore = process.cpuUsage()
  const startedAt = performance.now()
  try {
    const result = await work()
    const wallMs = performance.now() - startedAt
    const cpu = process.cpuUsage(cpuBefore)
    sample()
    return {
      measure: {
        cpuMs: (cpu.user + cpu.system) / 1000,
        elu: performance.eventLoopUtilization(eluBefore).utilization,
        peakExternalMb: atPeak.external / 2 ** 20,
        peakHeapMb: atPeak.heapUsed / 2 ** 20,
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

import fs from 'node:fs'
import { Session } from 'node:inspector/promises'
import path from 'node:path'

/**
 * Runs `work` under V8's sampling profiler when `file` is set, and writes the profile there (open it in
 * Chrome DevTools or speedscope): `--cpu-prof` for one measured span instead of the whole process.
 */
export const withCpuProfile = async <T>(file: string | undefined, work: () => Promise<T>): Promise<T> => {
  if (!file) {
    return work()
  }
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 500 })
  await session.post('Profiler.start')
  try {
    return await work()
  } finally {
    const { profile } = await session.post('Profiler.stop')
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    fs.writeFileSync(file, JSON.stringify(profile))
    session.disconnect()
    console.log(`[bench]   CPU profile written to ${file}`)
  }
}

import { inject } from 'vitest'

import { restoreDemoSnapshot } from './demoSnapshot.ts'

/**
 * The run's demo (tests/setup/demoSetup.ts) as it was just after its seed: its records restored from the
 * snapshot and its mail catcher emptied, so a test file sees no other file's work.
 */
export const freshDemo = async () => {
  const demo = inject('demo')
  await restoreDemoSnapshot(demo.databaseUrl)
  const cleared = await fetch(`${demo.mailUrl}/api/email/all`, { method: 'DELETE', signal: AbortSignal.timeout(10_000) })
  if (!cleared.ok) throw new Error(`DELETE ${demo.mailUrl}/api/email/all answered ${cleared.status}`)
  return demo
}

import type { Payload } from 'payload'

import type { ConcurrentRunSummary } from '../measureConcurrently.ts'

export type BenchContext = {
  /** The API root over loopback HTTP, e.g. `http://127.0.0.1:41234/api`. */
  apiUrl: string
  /** The same Payload instance the server dispatches to, for setting up data through the Local API. */
  payload: Payload
}

export type ScenarioResult = {
  /** Flat figures for the JSON file, keyed as in the README's "Benchmarks" table. */
  figures: Record<string, number>
  /** Printed as one row of the latency table. */
  summary: ConcurrentRunSummary
}

export type Scenario = {
  /** A short label for the table, e.g. "plain create (editor)". */
  label: string
  run: (context: BenchContext) => Promise<ScenarioResult>
}

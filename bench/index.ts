// The benchmarks (npm run bench [-- --json FILE] [--only NAME]): the demo host on a throwaway database,
// behind a real HTTP server on loopback; each scenario adds its figures to one flat object. The calendar
// year and the newsletter render need no database and run first. `--only NAME` runs the scenarios whose
// label contains NAME (e.g. `--only calendar`), and starts Payload only when one of them needs it.
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Scenario, ScenarioResult } from './scenarios/types.ts'

import { calendarYearScenario } from './scenarios/calendarYear.ts'
import { emailRenderScenario } from './scenarios/emailRender.ts'
import { newsletterRenderScenario } from './scenarios/newsletterRender.ts'
import { plainCreateScenario } from './scenarios/plainCreate.ts'
import { send100kScenario } from './scenarios/send100k.ts'
import { suggestionSubmitScenario } from './scenarios/suggestionSubmit.ts'
import { startBenchPayload } from './startBenchPayload.ts'
import { startHttpServer } from './startHttpServer.ts'

/** Run in this order, in one process, so figures of the same run can be compared. */
const scenarios: Scenario[] = [plainCreateScenario, suggestionSubmitScenario, emailRenderScenario, send100kScenario]

/** Ratios of figures measured in the same run: [key, numerator, denominator]. */
const ratios: [string, string, string][] = [
  ['suggestion_submit_p95_ratio', 'suggestion_submit_p95_ms', 'plain_create_p95_ms'],
  ['suggestion_submit_cpu_ratio', 'suggestion_submit_cpu_ms_per_req', 'plain_create_cpu_ms_per_req'],
  ['send_limit_ratio', 'send_100k_s', 'send_limit_100k_s'],
  ['send_naive_speedup', 'send_naive_100k_s', 'send_100k_s'],
  ['send_own_client_speedup', 'send_nodemailer_raw_100k_s', 'send_own_client_100k_s'],
]

/** Targets from the issues, printed next to their figure. */
const targets: Record<string, number> = {
  calendar_year_expand_ms: 5,
  calendar_year_expand_ratio: 2,
  render_100k_s: 3,
  render_ratio: 2,
  send_limit_ratio: 3,
  sender_cpu_ms_per_msg: 1,
  sender_peak_rss_mb: 300,
}

/** Targets a figure must reach or exceed (speed-ups). */
const minimumTargets: Record<string, number> = {
  send_naive_speedup: 4,
  // Issue 18: the plugin keeps its own SMTP client only while it is at least twice nodemailer's pool.
  send_own_client_speedup: 2,
}

const log = (message: string) => console.log(`[bench] ${message}`)

type Row = { label: string; result: ScenarioResult }

const printLatencyTable = (rows: Row[]) => {
  const header = ['scenario', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'max ms', 'req/s', 'cpu ms/req']
  const lines = rows.map(({ label, result: { summary } }) => {
    const { count, cpuMsPerRequest, maxMs, meanMs, p50Ms, p95Ms, p99Ms, rps } = summary
    const numbers = [p50Ms, p95Ms, p99Ms, meanMs, maxMs, rps].map((value) => value.toFixed(1))
    return [label, String(count), ...numbers, cpuMsPerRequest.toFixed(2)]
  })
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]!.length)),
  )
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!)))
      .join('  ')
  const rule = widths.map((width) => '-'.repeat(width)).join('  ')
  console.log(['', format(header), rule, ...lines.map(format), ''].join('\n'))
}

// Server first, then Payload and its database: once, whichever way the run ends (a signal included,
// so an interrupted run leaves no database behind on a shared server).
const stops: (() => Promise<void>)[] = []
let cleaning: Promise<void> | undefined
const cleanUp = () =>
  (cleaning ??= (async () => {
    for (const stop of stops.reverse()) {
      await stop().catch((err) => console.error('[bench] cleanup failed', err))
    }
  })())

const exitWith = async (code: number) => {
  await cleanUp()
  process.exit(code)
}

const main = async () => {
  const { values } = parseArgs({ options: { json: { type: 'string' }, only: { type: 'string' } } })
  const selected = (label: string) => !values.only || label.includes(values.only)
  const payloadScenarios = scenarios.filter((scenario) => selected(scenario.label))
  const pureScenarios = [calendarYearScenario, newsletterRenderScenario]
  if (!pureScenarios.some((scenario) => selected(scenario.label)) && payloadScenarios.length === 0) {
    const labels = [...pureScenarios, ...scenarios].map((scenario) => scenario.label)
    throw new Error(`--only ${values.only}: no scenario label contains it (${labels.join(', ')})`)
  }
  const figures: Record<string, number> = {}
  if (selected(calendarYearScenario.label)) {
    log(`running: ${calendarYearScenario.label}`)
    const calendarYear = calendarYearScenario.run()
    calendarYear.lines.forEach((line) => log(`  ${line}`))
    Object.assign(figures, calendarYear.figures)
  }
  if (selected(newsletterRenderScenario.label)) {
    log(`running: ${newsletterRenderScenario.label}`)
    const newsletterRender = await newsletterRenderScenario.run()
    newsletterRender.lines.forEach((line) => log(`  ${line}`))
    Object.assign(figures, newsletterRender.figures)
  }
  if (payloadScenarios.length > 0) {
    Object.assign(figures, await runPayloadScenarios(payloadScenarios))
  }

  for (const [key, numerator, denominator] of ratios) {
    if (figures[numerator] !== undefined && figures[denominator]) {
      figures[key] = Math.round((figures[numerator] / figures[denominator]) * 100) / 100
    }
  }
  for (const [key, value] of Object.entries(figures)) {
    const target = targets[key]
    const minimum = minimumTargets[key]
    const verdict =
      target !== undefined
        ? `  (target <= ${target}: ${value <= target ? 'met' : 'missed'})`
        : minimum !== undefined
          ? `  (target >= ${minimum}: ${value >= minimum ? 'met' : 'missed'})`
          : ''
    console.log(`${key} = ${value}${verdict}`)
  }
  if (values.json) {
    fs.writeFileSync(path.resolve(values.json), `${JSON.stringify(figures, null, 2)}\n`)
    log(`figures written to ${values.json}`)
  }
}

/** The scenarios that need the demo host: Payload on a throwaway database behind loopback HTTP. */
const runPayloadScenarios = async (selectedScenarios: Scenario[]): Promise<Record<string, number>> => {
  const serverUrl = process.env.DATABASE_URL
  if (!serverUrl) {
    throw new Error('DATABASE_URL is unset: run the benchmarks with `npm run bench`.')
  }
  log('starting Payload on a throwaway database…')
  const bench = await startBenchPayload(serverUrl)
  stops.push(bench.stop)
  const server = await startHttpServer(bench.config)
  stops.push(server.close)
  log(`HTTP server on ${server.apiUrl}`)

  const context = { apiUrl: server.apiUrl, payload: bench.payload }
  const rows: Row[] = []
  for (const scenario of selectedScenarios) {
    log(`running: ${scenario.label}`)
    rows.push({ label: scenario.label, result: await scenario.run(context) })
  }
  printLatencyTable(rows)
  return Object.assign({}, ...rows.map((row) => row.result.figures))
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`)
    void exitWith(code)
  })
}

main().then(
  () => exitWith(0),
  (err) => {
    // After a signal, requests cut short by the cleanup fail as expected: nothing to report.
    if (!cleaning) {
      console.error('[bench] failed:', err)
    }
    return exitWith(1)
  },
)

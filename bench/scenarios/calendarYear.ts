import { performance } from 'node:perf_hooks'

import type { CalendarCadence, CalendarData } from '../../src/calendar/types.ts'

import { expandCalendar } from '../../src/calendar/expandCalendar.ts'
import { RRule } from '../../src/calendar/rrule.ts'
import { percentile, roundFigure } from '../stats.ts'

const from = '2027-01-01'
const to = '2027-12-31'
const expandOptions = { from, holidayCountry: 'FR', relaunchWorkingDays: 3, to }

/** Calls of each side discarded first (V8 optimising both, the plugin's rule and zone-offset caches). */
const warmUpCalls = 200
/** The two sides alternate round by round (the first side alternating too), so drift hits both alike. */
const rounds = 10
const callsPerRound = 100

const time = (hour: number, minute = 0) => `BYHOUR=${hour};BYMINUTE=${minute};BYSECOND=0`

/**
 * A year of a programme's regular rhythm, about 730 occurrences: 2 newsletters (1st and 15th, first
 * Tuesday), 5 ambassador notifications (four weekly, one fortnightly), 3 trainings (first Thursday,
 * third Tuesday, last Friday), 3 workshops (quarterly, every other month, twice a year), 4 internal
 * communications (a weekday press review, the largest at 261 a year; a weekly referents' meeting; the
 * last working day's report; the second Monday's steering committee) and 3 prospection rhythms (weekly,
 * monthly, quarterly). The forms cover what editors write: BYMONTHDAY lists, plain and nth BYDAY,
 * negative nth, INTERVAL, BYMONTH with BYDAY, BYSETPOS.
 */
const cadenceRows: [CalendarCadence['kind'], string, string, number?][] = [
  ['newsletter', 'Lettre des ambassadeurs', `FREQ=MONTHLY;BYMONTHDAY=1,15;${time(9)}`],
  ['newsletter', 'Lettre régionale', `FREQ=MONTHLY;BYDAY=1TU;${time(9, 30)}`],
  ['notification', 'Le contenu de la semaine', `FREQ=WEEKLY;BYDAY=TU;${time(10)}`],
  ['notification', 'À partager cette semaine', `FREQ=WEEKLY;BYDAY=TH;${time(11)}`],
  ['notification', 'L’agenda de la semaine', `FREQ=WEEKLY;BYDAY=MO;${time(8, 45)}`],
  ['notification', 'Les posts de la semaine', `FREQ=WEEKLY;BYDAY=FR;${time(16)}`],
  ['notification', 'Rappel campagne marque employeur', `FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;${time(14)}`],
  ['training', 'Formation : prendre la parole sur LinkedIn', `FREQ=MONTHLY;BYDAY=1TH;${time(12, 30)}`, 60],
  ['training', 'Accueil des nouveaux ambassadeurs', `FREQ=MONTHLY;BYDAY=3TU;${time(10)}`, 90],
  ['training', 'Formation : photo et vidéo au smartphone', `FREQ=MONTHLY;BYDAY=-1FR;${time(11)}`, 60],
  ['workshop', 'Atelier trimestriel des référents', `FREQ=YEARLY;BYMONTH=1,4,7,10;BYDAY=2TH;${time(14)}`, 180],
  ['workshop', 'Atelier d’écriture', `FREQ=MONTHLY;INTERVAL=2;BYDAY=3WE;${time(14, 30)}`, 120],
  ['workshop', 'Séminaire des ambassadeurs', `FREQ=YEARLY;BYMONTH=3,9;BYDAY=-1TH;${time(9)}`, 420],
  ['internal-comms', 'Revue de presse', `FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;${time(8, 30)}`],
  ['internal-comms', 'Point hebdomadaire des référents', `FREQ=WEEKLY;BYDAY=MO;${time(11)}`, 30],
  ['internal-comms', 'Bilan du mois', `FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;${time(17)}`],
  ['internal-comms', 'Comité de pilotage', `FREQ=MONTHLY;BYDAY=2MO;${time(15)}`, 90],
  ['prospection', 'Relances LinkedIn', `FREQ=WEEKLY;BYDAY=WE;${time(9)}`],
  ['prospection', 'Salon ou événement du mois', `FREQ=MONTHLY;BYDAY=2TU;${time(10)}`, 240],
  ['prospection', 'Campagne trimestrielle', `FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=5;${time(9)}`],
]

/** Built once: the stored document the occurrences endpoint would read. */
const calendar: CalendarData = {
  cadences: cadenceRows.map(([kind, label, rrule, durationMinutes], index) => ({
    durationMinutes,
    id: `cadence-${index + 1}`,
    kind,
    label,
    rrule,
    startsOn: from,
    timeZone: 'Europe/Paris',
  })),
  deadPeriods: [
    { end: '2027-01-03', id: 'year-end', name: 'Trêve des fêtes', policy: 'pause', start: '2026-12-20' },
    { end: '2027-05-17', id: 'may', name: 'Ponts de mai', policy: 'lighten', start: '2027-05-01' },
    { end: '2027-08-31', id: 'august', name: 'Vacances d’août', policy: 'pause', start: '2027-08-01' },
  ],
  name: 'Programme ambassadeurs 2027',
  timeZone: 'Europe/Paris',
}

// Parsing is hoisted out of the measured calls because the plugin caches parsed rules (`readRule`) and
// zone offset tables across calls, as a long-running server does; an `RRule` is built per call on both
// sides. No `tzid`: that is rrule's slow path, which the plugin avoids (it expands wall-clock times).
const rruleOptions = cadenceRows.map(([, , rule]) => ({
  ...RRule.parseString(rule),
  dtstart: new Date(`${from}T00:00:00.000Z`),
}))
const [rangeStart, rangeEnd] = [new Date(`${from}T00:00:00.000Z`), new Date(`${to}T23:59:59.999Z`)]

const expandYear = () => expandCalendar(calendar, expandOptions).length

const rruleOnlyYear = () => {
  let count = 0
  for (const options of rruleOptions) {
    count += new RRule(options, true).between(rangeStart, rangeEnd, true).length
  }
  return count
}

/**
 * Runs `calls` calls one by one: the wall time of each, and the process's CPU time per call over them
 * all. The CPU time is the headline: on a shared machine the wall time also counts the moments this
 * process waits for a core, which have nothing to do with either side.
 */
const timeCalls = (run: () => number, calls: number) => {
  const wallMs: number[] = []
  let sink = 0
  const cpuBefore = process.cpuUsage()
  for (let call = 0; call < calls; call++) {
    const startedAt = performance.now()
    sink += run()
    wallMs.push(performance.now() - startedAt)
  }
  const cpu = process.cpuUsage(cpuBefore)
  if (sink <= 0) {
    throw new Error('calendar year: an expansion returned nothing')
  }
  return { cpuMsPerCall: (cpu.user + cpu.system) / 1000 / calls, wallMs }
}

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b)

/** A fast expansion that lost occurrences would be wrong: both sides must find the same wall-clock times. */
const checkSameOccurrences = () => {
  const occurrences = expandCalendar(calendar, expandOptions).filter((occurrence) => occurrence.type === 'cadence')
  const expanded = occurrences.map((occurrence) => occurrence.start.slice(0, 19)).sort()
  const expected = rruleOptions
    .flatMap((options) => new RRule(options, true).between(rangeStart, rangeEnd, true))
    .map((date) => date.toISOString().slice(0, 19))
    .sort()
  if (expanded.join() !== expected.join()) {
    throw new Error(`calendar year: ${expanded.length} cadence occurrences expanded, rrule finds ${expected.length}`)
  }
  return { cancelled: occurrences.filter((occurrence) => occurrence.status === 'cancelled').length, expected: expected.length }
}

export type CalendarYearResult = {
  figures: Record<string, number>
  /** Printed under the scenario's name: the spread of the rounds, and the p95 of single calls' wall time. */
  lines: string[]
}

/**
 * One year of an editorial calendar (20 cadences in Europe/Paris, the three dead periods, French
 * holidays, relaunches) expanded by `expandCalendar`, against rrule alone expanding the same 20 rules
 * over the same year, interleaved in one process. Each figure is the median of the rounds' CPU time per
 * call; the ratio is of those two medians. Pure CPU: no database, no HTTP.
 */
export const calendarYearScenario = {
  label: 'calendar year',
  run: (): CalendarYearResult => {
    const { cancelled, expected } = checkSameOccurrences()
    timeCalls(expandYear, warmUpCalls)
    timeCalls(rruleOnlyYear, warmUpCalls)
    const sides = {
      expand: { all: [] as number[], means: [] as number[] },
      rrule: { all: [] as number[], means: [] as number[] },
    }
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? (['expand', 'rrule'] as const) : (['rrule', 'expand'] as const)
      for (const side of order) {
        const { cpuMsPerCall, wallMs } = timeCalls(side === 'expand' ? expandYear : rruleOnlyYear, callsPerRound)
        sides[side].all.push(...wallMs)
        sides[side].means.push(cpuMsPerCall)
      }
    }
    const [expandMeans, rruleMeans] = [sorted(sides.expand.means), sorted(sides.rrule.means)]
    const [expandMs, rruleMs] = [percentile(expandMeans, 50), percentile(rruleMeans, 50)]
    const roundRatios = sorted(sides.expand.means.map((value, round) => value / sides.rrule.means[round]!))
    const [expandP95, rruleP95] = [percentile(sorted(sides.expand.all), 95), percentile(sorted(sides.rrule.all), 95)]
    const spread = (values: number[]) => `${values[0]!.toFixed(3)}–${values.at(-1)!.toFixed(3)}`
    return {
      figures: {
        calendar_year_expand_ms: roundFigure(expandMs, 3),
        calendar_year_expand_ratio: roundFigure(expandMs / rruleMs, 2),
        calendar_year_rrule_only_ms: roundFigure(rruleMs, 3),
      },
      lines: [
        `${calendar.cadences!.length} cadences, ${expected} cadence occurrences (${cancelled} cancelled by dead periods); ` +
          `${rounds} interleaved rounds × ${callsPerRound} calls after ${warmUpCalls} warm-up calls per side`,
        `expand: median of round means ${expandMs.toFixed(3)} ms CPU (rounds ${spread(expandMeans)}), p95 of calls ${expandP95.toFixed(3)} ms wall`,
        `rrule only: median of round means ${rruleMs.toFixed(3)} ms CPU (rounds ${spread(rruleMeans)}), p95 of calls ${rruleP95.toFixed(3)} ms wall`,
        `expand / rrule only per round: ${spread(roundRatios)}`,
      ],
    }
  },
}

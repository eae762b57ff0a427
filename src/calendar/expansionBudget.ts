import { performance } from 'node:perf_hooks'

/** Why an expansion was stopped: too many occurrences to visit, or past its time. */
export class CalendarTooLongError extends Error {
  readonly code = 'calendarTooLong'
  /** The label of the cadence being expanded when the budget ran out. */
  readonly label: string
  /** The field at fault: the cadence's rule (`cadences.3.rrule`). */
  readonly path: string

  constructor({ label, path }: { label: string; path: string }) {
    super(`Expanding the calendar stopped at ${path} (${label}): too much work for one request`)
    this.name = 'CalendarTooLongError'
    this.label = label
    this.path = path
  }
}

export type ExpansionBudgetLimits = {
  /** The most periods (days, weeks, months, years) a rule with COUNT may be walked from its start. @default 10_000 */
  maxCountPeriods?: number
  /** Wall-clock time one expansion may take from its first occurrence, checked every 128 occurrences. @default 100 */
  maxMs?: number
  /** The most occurrences one expansion may visit, across its cadences (about 50 ms of work). @default 10_000 */
  maxSteps?: number
}

export type ExpansionBudget = {
  /** Names the cadence the work that follows is for, so a refusal can name it. */
  enter: (place: { label: string; path: string }) => void
  /** Refuses a walk of `periods` periods from a COUNT rule's start. */
  admitPeriods: (periods: number) => void
  /** Counts one occurrence visited, and checks the time every 128. */
  spend: () => void
  /** Checks the time, once the expansion has visited an occurrence. */
  check: () => void
  readonly steps: number
}

/**
 * The work one expansion may do. rrule's iterator cannot be paused, so the guard is a budget checked inside
 * its callback (one call per occurrence visited): over it, the expansion throws `CalendarTooLongError`
 * instead of holding the event loop. Starts are moved close to the range before expanding (`startNear`),
 * so a calendar's own rules stay far below it.
 */
export const createExpansionBudget = ({
  maxCountPeriods = 10_000,
  maxMs = 100,
  maxSteps = 10_000,
}: ExpansionBudgetLimits = {}): ExpansionBudget => {
  // The clock starts at the first occurrence: loading rrule, the holidays and a zone's offsets the first
  // time is the process warming up, not the calendar's work.
  let deadline = Infinity
  let place = { label: '', path: 'cadences' }
  let steps = 0
  const refuse = () => new CalendarTooLongError(place)
  const check = () => {
    if (performance.now() > deadline) throw refuse()
  }
  return {
    admitPeriods: (periods) => {
      if (periods > maxCountPeriods) throw refuse()
    },
    check,
    enter: (next) => {
      place = next
    },
    spend: () => {
      steps++
      if (steps === 1) deadline = performance.now() + maxMs
      if (steps > maxSteps) throw refuse()
      if ((steps & 127) === 0) check()
    },
    get steps() {
      return steps
    },
  }
}

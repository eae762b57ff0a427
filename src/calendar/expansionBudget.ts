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

/**
 * The process's CPU time so far, in milliseconds; the wall clock in a browser (the admin's live summary
 * checks rules too), where there is no process to ask.
 */
const cpuMs = () => {
  if (typeof process === 'undefined' || typeof process.cpuUsage !== 'function') {
    return performance.now()
  }
  const { system, user } = process.cpuUsage()
  return (user + system) / 1000
}

export type ExpansionBudgetLimits = {
  /**
   * The most periods (days, weeks, months, years) a rule with COUNT may be walked from its start: under
   * 90 ms for days on a quiet machine.
   * @default 10_000
   */
  maxCountPeriods?: number
  /**
   * Time one expansion may spend walking its rules (rrule's iterations), checked every 128 steps: the
   * smaller of the wall-clock time and the process's CPU time, so neither other processes (which stretch
   * the wall clock) nor the process's own worker threads (which add CPU time) make a walk look longer than
   * the work it did. A backstop for a machine far slower than planned: what bounds the work is
   * `maxSteps` and `maxCountPeriods`; the first expansions of a process run unoptimised, and under heavy
   * load one of an ordinary programme's two years took up to 150 ms of CPU time in all.
   * @default 150
   */
  maxMs?: number
  /**
   * The most occurrences one expansion may visit, across its cadences: about 45 ms of work on a quiet
   * machine, rrule and the occurrences built included; a year of a 20-cadence programme visits 730.
   * @default 5_000
   */
  maxSteps?: number
}

export type ExpansionBudget = {
  /** Names the cadence the work that follows is for, so a refusal can name it. */
  enter: (place: { label: string; path: string }) => void
  /** Refuses a walk of `periods` periods from a COUNT rule's start. */
  admitPeriods: (periods: number) => void
  /** Counts `units` of work (an occurrence visited, or a year a check walked), and checks the time every 128. */
  spend: (units?: number) => void
  /** Runs one rule's walk, its time counted against `maxMs`. */
  walk: <T>(run: () => T) => T
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
  maxMs = 150,
  maxSteps = 5_000,
}: ExpansionBudgetLimits = {}): ExpansionBudget => {
  // Only the walks are timed: loading the holidays and a zone's offsets the first time is the process
  // warming up, not the calendar's work, and what is built per occurrence is bounded by `maxSteps`.
  let place = { label: '', path: 'cadences' }
  let steps = 0
  let spentMs = 0
  let walkStart = { cpu: 0, wall: 0 }
  const refuse = () => new CalendarTooLongError(place)
  const spentInWalk = () => Math.min(performance.now() - walkStart.wall, cpuMs() - walkStart.cpu)
  return {
    admitPeriods: (periods) => {
      if (periods > maxCountPeriods) throw refuse()
    },
    enter: (next) => {
      place = next
    },
    spend: (units = 1) => {
      const before = steps
      steps += units
      if (steps > maxSteps) throw refuse()
      if (before >> 7 !== steps >> 7 && spentMs + spentInWalk() > maxMs) throw refuse()
    },
    walk: (run) => {
      walkStart = { cpu: cpuMs(), wall: performance.now() }
      try {
        return run()
      } finally {
        spentMs += spentInWalk()
      }
    },
    get steps() {
      return steps
    },
  }
}

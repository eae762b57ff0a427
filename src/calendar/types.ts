import type { cadenceKinds, deadPeriodPolicies, phaseKinds, relaunchChecklist, slotKinds } from '../defaults.ts'

export type CadenceKind = (typeof cadenceKinds)[number]
export type SlotKind = (typeof slotKinds)[number]
export type DeadPeriodPolicy = (typeof deadPeriodPolicies)[number]
export type PhaseKind = (typeof phaseKinds)[number]
export type RelaunchTask = (typeof relaunchChecklist)[number]

type Relation = { id: number | string } | number | string

/** A cadence row as stored in `editorial-calendars.cadences`. */
export type CalendarCadence = {
  durationMinutes?: null | number
  id?: null | string
  kind: CadenceKind
  label: string
  rrule: string
  /** Excluded days (`YYYY-MM-DD` or a stored date): occurrences on these days do not happen. */
  skipDates?: { date: string }[] | null
  /** The first day the rule counts from (DTSTART); `INTERVAL` and `COUNT` count from it. */
  startsOn?: null | string
  /** `HH:MM`: the time of day when the rule itself sets none (no `BYHOUR`). */
  time?: null | string
  /** The cadence's own time zone; the calendar's when empty. */
  timeZone?: null | string
}

export type CalendarDeadPeriod = {
  end: string
  id?: null | string
  name: string
  policy: DeadPeriodPolicy
  relaunch?: {
    checklist?: null | RelaunchTask[]
    /** When set, the day the editor moved the relaunch to. */
    date?: null | string
    decision?: 'accepted' | 'dropped' | 'proposed' | null
  } | null
  start: string
}

export type CalendarPhase = {
  ambassadorCount?: null | number
  end?: null | string
  id?: null | string
  kind: PhaseKind
  name: string
  start: string
  targetSize?: null | number
}

export type CalendarSlot = {
  contentItems?: null | Relation[]
  date: string
  end?: null | string
  id?: null | string
  kind: SlotKind
  newsletterIssue?: null | Relation
  owner?: null | Relation
  place?: null | string
  registrationLink?: null | string
  title: string
  videoLink?: null | string
}

/** What the expansion reads of an editorial calendar (the stored document fits it). */
export type CalendarData = {
  cadences?: CalendarCadence[] | null
  deadPeriods?: CalendarDeadPeriod[] | null
  id?: number | string
  name?: string
  phases?: CalendarPhase[] | null
  plannedSlots?: CalendarSlot[] | null
  timeZone: string
}

export type OccurrenceType = 'cadence' | 'dead-period' | 'phase' | 'relaunch' | 'slot'
export type OccurrenceStatus = 'cancelled' | 'proposed' | 'scheduled'

export type PhaseWarning = {
  code: 'cohortOutside' | 'durationOutside' | 'targetSizeOutside'
  max: number
  min: number
  unit: 'people' | 'weeks'
  value: number
}

/** One thing on the calendar, as `GET …/occurrences` serves it. */
export type Occurrence = {
  /** True for items that last whole days: `start` and `end` are then days (`YYYY-MM-DD`, `end` included). */
  allDay: boolean
  checklist?: RelaunchTask[]
  contentItems?: (number | string)[]
  /** The name of the dead period the occurrence falls in. */
  deadPeriod?: string
  /** ISO 8601 with offset, or a day for all-day items (the last day, included). */
  end?: string
  /** Stable within a calendar: the row and the start. */
  id: string
  kind?: CadenceKind | PhaseKind | SlotKind
  label: string
  newsletterIssue?: number | string
  owner?: number | string
  place?: string
  policy?: DeadPeriodPolicy
  registrationLink?: string
  /** The array row this comes from (`cadences`, `deadPeriods`, `phases` or `plannedSlots`), for links. */
  row?: { field: 'cadences' | 'deadPeriods' | 'phases' | 'plannedSlots'; id?: string }
  start: string
  status: OccurrenceStatus
  targetSize?: number
  timeZone?: string
  type: OccurrenceType
  videoLink?: string
  warnings?: PhaseWarning[]
}

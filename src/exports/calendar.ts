export { calendarWindow } from '../calendar/calendarWindow.ts'
export { defaultDeadPeriods, mayBridges } from '../calendar/defaultDeadPeriods.ts'
export { describeRecurrence } from '../calendar/describeRecurrence.ts'
export { expandCalendar } from '../calendar/expandCalendar.ts'
export type { ExpandOptions } from '../calendar/expandCalendar.ts'
export { CalendarTooLongError, createExpansionBudget } from '../calendar/expansionBudget.ts'
export type { ExpansionBudget, ExpansionBudgetLimits } from '../calendar/expansionBudget.ts'
export { buildIcalFeed } from '../calendar/icalFeed.ts'
export type { IcalFeedOptions } from '../calendar/icalFeed.ts'
export { nextNewsletterOccurrences } from '../calendar/nextNewsletterOccurrences.ts'
export { phaseWarnings } from '../calendar/phaseWarnings.ts'
export { recurrenceFromRule, ruleFromRecurrence } from '../calendar/recurrence.ts'
export type { Recurrence, RecurrencePattern } from '../calendar/recurrence.ts'
export { parseRuleSyntax } from '../calendar/ruleSyntax.ts'
export type { RuleParts, RuleProblem } from '../calendar/ruleSyntax.ts'
export type {
  CalendarCadence,
  CalendarData,
  CalendarDeadPeriod,
  CalendarPhase,
  CalendarSlot,
  Occurrence,
  OccurrenceStatus,
  OccurrenceType,
  PhaseWarning,
} from '../calendar/types.ts'

import type { PayloadRequest, RequestContext, TextFieldSingleValidation } from 'payload'

import type { AmbassadorsTranslationKey } from '../translations/index.ts'

import { dayToUtcMs, storedDay } from '../calendar/days.ts'
import { CalendarTooLongError, createExpansionBudget, type ExpansionBudget } from '../calendar/expansionBudget.ts'
import { ruleEverHappens } from '../calendar/ruleEverHappens.ts'
import { parseRuleSyntax, type RuleProblem } from '../calendar/ruleSyntax.ts'
import { translate } from '../utilities/translate.ts'
import { validateTextWith } from './createTextValidator.ts'

const problemKeys: Record<RuleProblem['code'], AmbassadorsTranslationKey> = {
  byDayInvalid: 'plugin-ambassadors:rruleByDayInvalid',
  duplicatePart: 'plugin-ambassadors:rruleDuplicatePart',
  freqMissing: 'plugin-ambassadors:rruleFreqMissing',
  neverHappens: 'plugin-ambassadors:rruleNeverHappens',
  outOfRange: 'plugin-ambassadors:rruleOutOfRange',
  severalLines: 'plugin-ambassadors:rruleSeveralLines',
  syntax: 'plugin-ambassadors:rruleSyntax',
  timeZoneUnknown: 'plugin-ambassadors:rruleTimeZoneUnknown',
  tooFrequent: 'plugin-ambassadors:rruleTooFrequent',
  unknownPart: 'plugin-ambassadors:rruleUnknownPart',
  untilInvalid: 'plugin-ambassadors:rruleUntilInvalid',
  untilWithCount: 'plugin-ambassadors:rruleUntilWithCount',
  weekdayInvalid: 'plugin-ambassadors:rruleWeekdayInvalid',
}

/** The reason a rule is refused, in the request's language. */
export const describeRuleProblem = (req: Partial<PayloadRequest> | undefined, problem: RuleProblem): string => {
  const { code, ...vars } = problem
  const reason = translate(req, problemKeys[code], vars as Record<string, number | string>)
  return code === 'tooFrequent' ? reason : translate(req, 'plugin-ambassadors:rruleInvalid', { reason })
}

const ruleChecksKey = 'ambassadorsRuleChecks'

type WithRuleChecks = { [ruleChecksKey]?: ExpansionBudget }

/**
 * The work the rule checks of one save may do together, about 75 ms at most on a quiet machine: 50 rules
 * that never happen take 1,400 steps, an ordinary calendar a few per rule.
 */
const createRuleChecksBudget = () => createExpansionBudget({ maxSteps: 3_000 })

/** Gives a save that starts its own budget for its rule checks (the calendars' `beforeValidate`). */
export const startRuleChecks = (context: RequestContext): void => {
  ;(context as WithRuleChecks)[ruleChecksKey] = createRuleChecksBudget()
}

/** The budget of the save under way; a validation outside a save (the admin's form) has its request's. */
const ruleChecksOf = (req: Partial<PayloadRequest> | undefined): ExpansionBudget => {
  const context = req?.context as undefined | WithRuleChecks
  return context ? (context[ruleChecksKey] ??= createRuleChecksBudget()) : createRuleChecksBudget()
}

/**
 * A cadence's RRULE: read strictly (`parseRuleSyntax`), then required to happen at least once from the
 * cadence's first day (`startsOn`, today when empty). The checks of one save share one budget: past it, the
 * rule where it ran out is refused with the reason.
 */
export const validateRRule: TextFieldSingleValidation = validateTextWith((value, options) => {
  const syntax = parseRuleSyntax(value)
  if (!syntax.ok) {
    return describeRuleProblem(options.req, syntax.problem)
  }
  const sibling = options.siblingData as { label?: unknown; startsOn?: unknown } | undefined
  const startsOn = sibling?.startsOn
  const start = typeof startsOn === 'string' && !Number.isNaN(Date.parse(startsOn)) ? storedDay(startsOn) : storedDay(new Date())
  const label = typeof sibling?.label === 'string' ? sibling.label : ''
  const budget = ruleChecksOf(options.req)
  budget.enter({ label, path: options.path.join('.') })
  try {
    return ruleEverHappens(syntax.parts, dayToUtcMs(start), budget) || describeRuleProblem(options.req, { code: 'neverHappens' })
  } catch (error) {
    if (!(error instanceof CalendarTooLongError)) {
      throw error
    }
    return translate(options.req, 'plugin-ambassadors:calendarRuleChecksTooLong', { label })
  }
})

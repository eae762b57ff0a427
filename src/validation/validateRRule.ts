import type { PayloadRequest, TextFieldSingleValidation } from 'payload'

import type { AmbassadorsTranslationKey } from '../translations/index.ts'

import { dayToUtcMs, storedDay } from '../calendar/days.ts'
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

/**
 * A cadence's RRULE: read strictly (`parseRuleSyntax`), then required to happen at least once from the
 * cadence's first day (`startsOn`, today when empty).
 */
export const validateRRule: TextFieldSingleValidation = validateTextWith((value, options) => {
  const syntax = parseRuleSyntax(value)
  if (!syntax.ok) {
    return describeRuleProblem(options.req, syntax.problem)
  }
  const startsOn = (options.siblingData as { startsOn?: unknown } | undefined)?.startsOn
  const start = typeof startsOn === 'string' && !Number.isNaN(Date.parse(startsOn)) ? storedDay(startsOn) : storedDay(new Date())
  return ruleEverHappens(syntax.parts, dayToUtcMs(start)) || describeRuleProblem(options.req, { code: 'neverHappens' })
})

import type { Language } from '../types.ts'

import { dayToUtcMs, storedDay } from './days.ts'
import { describeRecurrence } from './describeRecurrence.ts'
import { CalendarTooLongError } from './expansionBudget.ts'
import { ruleEverHappens } from './ruleEverHappens.ts'
import { parseRuleSyntax } from './ruleSyntax.ts'

/** What the admin says under a rule: its plain words, that it never happens, or nothing yet (incomplete). */
export type RuleSummary = { kind: 'incomplete' } | { kind: 'never' } | { kind: 'summary'; text: string }

/**
 * A cadence's rule as the editor reads it while typing: "Le 30 février, chaque année" is no summary for a
 * rule that never happens, so a rule is first checked as the save will check it (from `startsOn`, or today).
 * A rule too costly to check here is described; the save answers for it.
 */
export const summarizeRule = (rule: string | undefined, startsOn: unknown, language: Language): RuleSummary => {
  const syntax = rule ? parseRuleSyntax(rule) : undefined
  const text = rule && syntax?.ok ? describeRecurrence(rule, language) : undefined
  if (!syntax?.ok || !text) {
    return { kind: 'incomplete' }
  }
  const start = typeof startsOn === 'string' && !Number.isNaN(Date.parse(startsOn)) ? storedDay(startsOn) : storedDay(new Date())
  try {
    return ruleEverHappens(syntax.parts, dayToUtcMs(start)) ? { kind: 'summary', text } : { kind: 'never' }
  } catch (error) {
    if (error instanceof CalendarTooLongError) {
      return { kind: 'summary', text }
    }
    throw error
  }
}

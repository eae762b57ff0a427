import { RRule } from './rrule.ts'

const allowedFrequencies = new Set([RRule.DAILY, RRule.WEEKLY, RRule.MONTHLY, RRule.YEARLY])

export type CadenceRuleCheck =
  | { ok: false; reason: 'tooFrequent' }
  | { ok: false; reason: 'invalid'; detail: string }
  | { ok: true; options: ReturnType<typeof RRule.parseString> }

/**
 * Parses an RFC 5545 RRULE (with or without the `RRULE:` prefix) for an editorial cadence. Rules that
 * repeat more often than daily are refused: a calendar of hourly rendezvous is a typo, not a plan.
 */
export const parseCadenceRule = (value: string): CadenceRuleCheck => {
  const source = value.trim().replace(/^RRULE:/i, '')
  let options: ReturnType<typeof RRule.parseString>
  try {
    options = RRule.parseString(source)
    // parseString accepts unknown keys silently; building the rule and asking for one date checks the rest.
    new RRule(options).after(new Date(0), true)
  } catch (err) {
    return { detail: err instanceof Error ? err.message : String(err), ok: false, reason: 'invalid' }
  }
  if (options.freq === undefined || options.freq === null) {
    return { detail: 'FREQ is required', ok: false, reason: 'invalid' }
  }
  if (!allowedFrequencies.has(options.freq)) {
    return { ok: false, reason: 'tooFrequent' }
  }
  return { ok: true, options }
}

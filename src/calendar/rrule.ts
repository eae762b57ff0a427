import * as rruleModule from 'rrule'

type RRuleModule = typeof rruleModule

/**
 * rrule ships CommonJS for Node and ESM for bundlers: Node ESM exposes only a default export, while
 * bundlers (Next) expose only the named ones. This picks whichever is there.
 */
const resolved: RRuleModule =
  'RRule' in rruleModule && rruleModule.RRule
    ? rruleModule
    : (rruleModule as unknown as { default: RRuleModule }).default

export const { RRule, RRuleSet, rrulestr } = resolved

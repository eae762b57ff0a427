import type { RuleParts, WeekdayCode } from './ruleSyntax.ts'

import { parseRuleSyntax } from './ruleSyntax.ts'

type Language = 'en' | 'fr'

export const weekdayNames: Record<WeekdayCode, { en: string; fr: string }> = {
  FR: { en: 'Friday', fr: 'vendredi' },
  MO: { en: 'Monday', fr: 'lundi' },
  SA: { en: 'Saturday', fr: 'samedi' },
  SU: { en: 'Sunday', fr: 'dimanche' },
  TH: { en: 'Thursday', fr: 'jeudi' },
  TU: { en: 'Tuesday', fr: 'mardi' },
  WE: { en: 'Wednesday', fr: 'mercredi' },
}

export const ordinalNames: Record<string, { en: string; fr: string }> = {
  '-1': { en: 'last', fr: 'dernier' },
  '1': { en: 'first', fr: 'premier' },
  '2': { en: 'second', fr: 'deuxième' },
  '3': { en: 'third', fr: 'troisième' },
  '4': { en: 'fourth', fr: 'quatrième' },
  '5': { en: 'fifth', fr: 'cinquième' },
}

const monthNames = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
}

const words = {
  en: { and: 'and', custom: 'custom rule', day: 'day', days: 'days', every: 'every', lastDay: 'the last day', month: 'month', months: 'months', ofMonth: 'of the month', ofQuarter: 'of the quarter', times: 'times', until: 'until', week: 'week', weeks: 'weeks', year: 'year', years: 'years' },
  fr: { and: 'et', custom: 'règle personnalisée', day: 'jour', days: 'jours', every: 'chaque', lastDay: 'le dernier jour', month: 'mois', months: 'mois', ofMonth: 'du mois', ofQuarter: 'du trimestre', times: 'fois', until: 'jusqu’au', week: 'semaine', weeks: 'semaines', year: 'année', years: 'ans' },
}

const list = (items: string[], language: Language) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${words[language].and} ${items[items.length - 1]}`

const ordinalDay = (day: number, language: Language): string => {
  if (day === -1) {
    return words[language].lastDay
  }
  if (language === 'fr') {
    return day === 1 ? 'le 1er' : day < 0 ? `le ${-day}e jour avant la fin` : `le ${day}`
  }
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th'
  return day < 0 ? `${-day} days before the end` : `the ${day}${suffix}`
}

const nthWeekday = ({ n, weekday }: { n?: number; weekday: WeekdayCode }, language: Language) => {
  const name = weekdayNames[weekday][language]
  if (n === undefined) {
    return language === 'fr' ? `le ${name}` : name
  }
  const ordinal = ordinalNames[String(n)]?.[language] ?? String(n)
  return language === 'fr' ? `le ${ordinal} ${name}` : `the ${ordinal} ${name}`
}

/** The nth weekday of January, April, July and October, or the last one of March, June, September, December. */
const isQuarterly = (parts: RuleParts) => {
  const months = parts.byMonth?.join(',')
  const ordinals = (parts.byDay ?? []).map((day) => day.n ?? 0)
  return (
    parts.freq === 'YEARLY' &&
    ordinals.length > 0 &&
    ((months === '1,4,7,10' && ordinals.every((n) => n > 0)) || (months === '3,6,9,12' && ordinals.every((n) => n < 0)))
  )
}

const frequencyPhrase = (parts: RuleParts, language: Language): string => {
  const interval = parts.interval ?? 1
  const unit = { DAILY: 'day', MONTHLY: 'month', WEEKLY: 'week', YEARLY: 'year' }[parts.freq] as 'day' | 'month' | 'week' | 'year'
  if (interval === 1) {
    if (language === 'fr') {
      return unit === 'week' ? 'chaque semaine' : unit === 'year' ? 'chaque année' : `chaque ${words.fr[unit]}`
    }
    return `every ${unit}`
  }
  const plural = words[language][`${unit}s`]
  return language === 'fr' ? `${unit === 'week' ? 'toutes les' : 'tous les'} ${interval} ${plural}` : `every ${interval} ${plural}`
}

const timePhrase = (parts: RuleParts, language: Language) => {
  if (!parts.byHour) {
    return ''
  }
  const minutes = parts.byMinute ?? [0]
  const times = parts.byHour.flatMap((hour) =>
    minutes.map((minute) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`),
  )
  return ` ${language === 'fr' ? 'à' : 'at'} ${list(times, language)}`
}

const endPhrase = (parts: RuleParts, language: Language) => {
  if (parts.count) {
    return `, ${parts.count} ${words[language].times}`
  }
  if (parts.until) {
    const [year, month, day] = parts.until.day.split('-')
    return `, ${words[language].until} ${day}/${month}/${year}`
  }
  return ''
}

const mainPhrase = (parts: RuleParts, language: Language): string | undefined => {
  if (parts.bySetPos || parts.byWeekNo || parts.byYearDay) {
    return undefined
  }
  const fr = language === 'fr'
  const every = (parts.interval ?? 1) === 1
  const byDay = parts.byDay ?? []
  const byMonths = (parts.byMonth ?? []).map((month) => monthNames[language][month - 1]!)
  if (parts.freq === 'MONTHLY' && parts.byMonthDay && byDay.length === 0 && !parts.byMonth) {
    const days = list(parts.byMonthDay.map((day) => ordinalDay(day, language)), language)
    return every ? `${days} ${words[language].ofMonth}` : `${days}, ${frequencyPhrase(parts, language)}`
  }
  if (parts.freq === 'MONTHLY' && byDay.length > 0 && byDay.every((day) => day.n !== undefined) && !parts.byMonthDay && !parts.byMonth) {
    const days = list(byDay.map((day) => nthWeekday(day, language)), language)
    return every ? `${days} ${words[language].ofMonth}` : `${days}, ${frequencyPhrase(parts, language)}`
  }
  if (isQuarterly(parts) && every && byDay.length > 0 && byDay.every((day) => day.n !== undefined) && !parts.byMonthDay) {
    return `${list(byDay.map((day) => nthWeekday(day, language)), language)} ${words[language].ofQuarter}`
  }
  if ((parts.freq === 'WEEKLY' || parts.freq === 'DAILY') && byDay.every((day) => day.n === undefined) && !parts.byMonthDay) {
    const names = byDay.map((day) => weekdayNames[day.weekday][language])
    const months = byMonths.length > 0 ? (fr ? ` en ${list(byMonths, language)}` : ` in ${list(byMonths, language)}`) : ''
    if (names.length === 0) {
      return `${frequencyPhrase(parts, language)}${months}`
    }
    if (every) {
      return `${fr ? 'chaque' : 'every'} ${list(names, language)}${months}`
    }
    return `${frequencyPhrase(parts, language)}, ${fr ? 'le' : 'on'} ${list(names, language)}${months}`
  }
  if (parts.freq === 'YEARLY' && byMonths.length > 0) {
    const inMonths = list(byMonths, language)
    if (parts.byMonthDay && byDay.length === 0) {
      const days = list(parts.byMonthDay.map((day) => (fr ? (day === 1 ? '1er' : String(day)) : String(day))), language)
      return fr ? `le ${days} ${inMonths}, ${frequencyPhrase(parts, language)}` : `${frequencyPhrase(parts, language)} on ${days} ${inMonths}`
    }
    if (byDay.length > 0 && !parts.byMonthDay) {
      const days = list(byDay.map((day) => nthWeekday(day, language)), language)
      return fr ? `${days} de ${inMonths}` : `${days} of ${inMonths}`
    }
  }
  if (!parts.byMonthDay && byDay.length === 0 && byMonths.length === 0) {
    return frequencyPhrase(parts, language)
  }
  return undefined
}

/**
 * A rule in plain French or English ("le 1er et le 15 du mois à 09:00", "every Monday at 10:00"), or
 * `undefined` when the rule is not valid. Rules beyond these words are named as custom, with their RRULE.
 */
export const describeRecurrence = (rule: string, language: Language): string | undefined => {
  const syntax = parseRuleSyntax(rule)
  if (!syntax.ok) {
    return undefined
  }
  const { parts } = syntax
  const main = mainPhrase(parts, language)
  if (!main) {
    const custom = words[language].custom
    return `${custom.charAt(0).toUpperCase()}${custom.slice(1)}${language === 'fr' ? ' : ' : ': '}${rule.trim().replace(/^RRULE:/i, '')}`
  }
  const sentence = `${main}${timePhrase(parts, language)}${endPhrase(parts, language)}`
  return sentence.charAt(0).toUpperCase() + sentence.slice(1)
}

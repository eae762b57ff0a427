/** The fictitious company of the demo: an engineering and energy services group with four agencies. */
export const company = {
  domain: 'ardelys.example',
  name: 'Ardelys',
  site: 'https://www.ardelys.example',
} as const

const dayMs = 24 * 60 * 60 * 1000

const startOfTodayUtc = (): number => {
  const today = new Date()
  today.setUTCHours(0, 0, 0, 0)
  return today.getTime()
}

/** An ISO date `days` from today (negative: in the past), at `hour` UTC, so the demo always looks current. */
export const daysFromToday = (days: number, hour = 8): string =>
  new Date(startOfTodayUtc() + days * dayMs + hour * 60 * 60 * 1000).toISOString()

/** A calendar day as stored by the demo (midnight UTC, the same day in Paris). */
export const day = (isoDate: string): string => `${isoDate}T00:00:00.000Z`

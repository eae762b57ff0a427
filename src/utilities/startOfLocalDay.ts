/** Midnight of the day `date` falls on in `timeZone`, as an instant. */
export const startOfLocalDay = (date: Date, timeZone: string): Date => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
    minute: '2-digit',
    month: '2-digit',
    second: '2-digit',
    timeZone,
    year: 'numeric',
  }).formatToParts(date)
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const wallClockAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
  const offset = wallClockAsUtc - Math.floor(date.getTime() / 1000) * 1000
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day')) - offset)
}

/**
 * The days a calendar's dates may take and the ranges it may be asked for, both ends included. A typo
 * such as `0026` for `2026` is refused at save rather than expanded over twenty centuries; a programme's
 * calendar has no use for dates outside.
 */
export const calendarWindow = { first: '2000-01-01', last: '2100-12-31' } as const

/** True for a `YYYY-MM-DD` day inside `calendarWindow`. */
export const isInCalendarWindow = (day: string): boolean => day >= calendarWindow.first && day <= calendarWindow.last

import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import type { CalendarData } from '../../../calendar/types.ts'
import type { RolePredicate } from '../../../access/rolePredicates.ts'

import { isIdOf } from '../../../access/mayAccessDocument.ts'
import { calendarWindow, isInCalendarWindow } from '../../../calendar/calendarWindow.ts'
import { addDays, daysBetween, isIsoDay } from '../../../calendar/days.ts'
import { expandCalendar } from '../../../calendar/expandCalendar.ts'
import { zonedDay } from '../../../utilities/zonedTime.ts'
import { errorResponse } from '../../../errors/errorResponse.ts'
import { translate } from '../../../utilities/translate.ts'
import { withPhaseCohorts } from '../withPhaseCohorts.ts'
import { answerUnlessTooLong } from './expansionRefused.ts'

/** The longest range one request may expand: two years (a leap day included). */
export const maxOccurrenceRangeDays = 731

const day = z.string().refine(isIsoDay).optional()
const query = z.object({ from: day, to: day })

/** The first day of the month `day` is in, and the last day of the month two months later. */
const defaultRange = (today: string) => {
  const from = `${today.slice(0, 7)}-01`
  const [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))]
  const next = new Date(Date.UTC(year, month + 2, 1)).toISOString().slice(0, 10)
  return { from, to: addDays(next, -1) }
}

/**
 * `GET /api/<editorial-calendars>/:id/occurrences?from=YYYY-MM-DD&to=YYYY-MM-DD`: every cadence
 * occurrence, planned slot, dead period, relaunch and phase between the two days (both included, in the
 * calendar's time zone), for admins, editors and referents who may read the calendar. Without `from`
 * and `to`: this month and the next two. 400 naming `from` or `to` for a malformed day, a day outside
 * `calendarWindow`, an end before the start or more than two years; 401 signed out; 403 without a plugin
 * role; 404 a calendar they cannot see; 422 naming the cadence's rule when the expansion is refused
 * (`CalendarTooLongError`).
 */
export const createOccurrencesEndpoint = ({
  ambassadorsSlug,
  calendarsSlug,
  holidayCountry,
  isStaff,
  relaunchWorkingDays,
}: {
  ambassadorsSlug: string
  calendarsSlug: string
  holidayCountry: string
  isStaff: RolePredicate
  relaunchWorkingDays: number
}): Endpoint => ({
  handler: async (req: PayloadRequest) => {
    if (!req.user) {
      return errorResponse(401, [{ message: translate(req, 'plugin-ambassadors:moveSignIn'), path: '' }])
    }
    if (!isStaff({ req })) {
      return errorResponse(403, [{ message: translate(req, 'plugin-ambassadors:occurrencesForbidden'), path: '' }])
    }
    const id = String(req.routeParams?.id ?? '')
    const calendar = isIdOf(req, calendarsSlug, id)
      ? ((await req.payload.findByID({
          collection: calendarsSlug,
          depth: 0,
          disableErrors: true,
          id,
          overrideAccess: false,
          req,
          user: req.user,
        })) as CalendarData | null)
      : null
    if (!calendar) {
      return errorResponse(404, [{ message: translate(req, 'plugin-ambassadors:inputNotFound'), path: 'id' }])
    }
    const parsed = query.safeParse({ from: req.query?.from, to: req.query?.to })
    if (!parsed.success) {
      const path = String(parsed.error.issues[0]?.path[0] ?? 'from')
      return errorResponse(400, [{ message: translate(req, 'plugin-ambassadors:occurrencesDayInvalid', { parameter: path }), path }])
    }
    const fallback = defaultRange(zonedDay(calendar.timeZone, Date.now()))
    const from = parsed.data.from ?? fallback.from
    const to = parsed.data.to ?? (parsed.data.from ? addDays(from, 90) : fallback.to)
    const outside = (['from', 'to'] as const).find((parameter) => !isInCalendarWindow({ from, to }[parameter]))
    if (outside) {
      return errorResponse(400, [
        { message: translate(req, 'plugin-ambassadors:calendarRangeOutsideWindow', { ...calendarWindow, parameter: outside }), path: outside },
      ])
    }
    if (to < from) {
      return errorResponse(400, [{ message: translate(req, 'plugin-ambassadors:endBeforeStart'), path: 'to' }])
    }
    if (daysBetween(from, to) > maxOccurrenceRangeDays) {
      return errorResponse(400, [
        { message: translate(req, 'plugin-ambassadors:occurrencesRangeTooLong', { days: maxOccurrenceRangeDays }), path: 'to' },
      ])
    }
    const withCohorts = await withPhaseCohorts(req.payload, ambassadorsSlug, calendar)
    return answerUnlessTooLong(req, () =>
      Response.json({
        calendar: { id: calendar.id, name: calendar.name, timeZone: calendar.timeZone },
        from,
        occurrences: expandCalendar(withCohorts, { from, holidayCountry, relaunchWorkingDays, to }),
        to,
      }),
    )
  },
  method: 'get',
  path: '/:id/occurrences',
})

import type { Endpoint, PayloadRequest } from 'payload'

import { timingSafeEqual } from 'node:crypto'

import type { CalendarData } from '../../../calendar/types.ts'

import { isIdOf } from '../../../access/mayAccessDocument.ts'
import { buildIcalFeed } from '../../../calendar/icalFeed.ts'
import { errorResponse } from '../../../errors/errorResponse.ts'
import { translate } from '../../../utilities/translate.ts'
import { answerUnlessTooLong } from './expansionRefused.ts'

const sameSecret = (given: string, expected: string) => {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)]
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * `GET /api/<editorial-calendars>/:id/ical?token=…`: the calendar as a `text/calendar` feed for whoever
 * holds its feed token (calendar apps send no cookie). 400 without a token, 403 for a wrong or rotated
 * one, 404 for an unknown calendar, 422 when its expansion is refused. Never cached by proxies: the URL
 * is a secret.
 */
export const createIcalEndpoint = ({
  calendarsSlug,
  holidayCountry,
  relaunchWorkingDays,
}: {
  calendarsSlug: string
  holidayCountry: string
  relaunchWorkingDays: number
}): Endpoint => ({
  handler: async (req: PayloadRequest) => {
    const token = req.query?.token
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) {
      return errorResponse(400, [{ message: translate(req, 'plugin-ambassadors:feedTokenMissing'), path: 'token' }])
    }
    const id = String(req.routeParams?.id ?? '')
    const calendar = isIdOf(req, calendarsSlug, id)
      ? ((await req.payload.findByID({
          collection: calendarsSlug,
          depth: 0,
          disableErrors: true,
          id,
          overrideAccess: true,
          req,
          showHiddenFields: true,
        })) as (CalendarData & { feedToken?: null | string }) | null)
      : null
    if (!calendar) {
      return errorResponse(404, [{ message: translate(req, 'plugin-ambassadors:inputNotFound'), path: 'id' }])
    }
    if (!calendar.feedToken || !sameSecret(token, calendar.feedToken)) {
      return errorResponse(403, [{ message: translate(req, 'plugin-ambassadors:feedTokenWrong'), path: 'token' }])
    }
    const language = req.i18n?.language === 'fr' ? 'fr' : 'en'
    return answerUnlessTooLong(
      req,
      () =>
        new Response(buildIcalFeed(calendar, { holidayCountry, language, now: new Date(), relaunchWorkingDays }), {
          headers: {
            'cache-control': 'private, no-store',
            'content-disposition': 'inline; filename="calendar.ics"',
            'content-type': 'text/calendar; charset=utf-8',
            'referrer-policy': 'no-referrer',
          },
        }),
    )
  },
  method: 'get',
  path: '/:id/ical',
})

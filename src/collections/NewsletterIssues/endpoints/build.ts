import type { Endpoint } from 'payload'

import { z } from 'zod'

import type { RolePredicate } from '../../../access/rolePredicates.ts'
import type { BuildCalendar, BuildSettings } from '../../../newsletter/buildIssue.ts'
import type { DoneStatus } from '../../../newsletter/nextOpenOccurrence.ts'
import type { AmbassadorsTranslationKey } from '../../../translations/index.ts'

import { isIdOf } from '../../../access/mayAccessDocument.ts'
import { errorResponse } from '../../../errors/errorResponse.ts'
import { answerUnlessTooLong } from '../../EditorialCalendars/endpoints/expansionRefused.ts'
import { buildIssue } from '../../../newsletter/buildIssue.ts'
import { nextOpenOccurrence } from '../../../newsletter/nextOpenOccurrence.ts'
import { readJsonBody } from '../../../utilities/readJsonBody.ts'
import { translate } from '../../../utilities/translate.ts'
import { formatZonedDateTime } from '../../../utilities/zonedTime.ts'

/** An occurrence's day as the admin writes dates: `09/12/2026`, in the calendar's zone. */
const dayOf = (timeZone: string, start: string) => formatZonedDateTime(timeZone, Date.parse(start)).slice(0, 10).split('-').reverse().join('/')

/** How the message names the state of the issue passed over ("already sent"). */
const doneWords: Record<DoneStatus, AmbassadorsTranslationKey> = {
  cancelled: 'plugin-ambassadors:issueDoneCancelled',
  paused: 'plugin-ambassadors:issueDonePaused',
  sending: 'plugin-ambassadors:issueDoneSending',
  sent: 'plugin-ambassadors:issueDoneSent',
}

const body = z.object({ calendar: z.union([z.string().min(1).max(64), z.number().int().positive()]).optional() }).strict()

/**
 * `POST /api/<newsletter-issues>/build` `{ calendar? }`: builds the calendar's next newsletter issue now
 * (default calendar: the first by name). Admins and editors. An editor's request builds even inside a dead
 * period (the answer names it in `deadPeriod`) and skips only when there is nothing to send, recording
 * nothing then. An occurrence whose issue went out (sent early, being sent) or was cancelled is over: the
 * build goes on to the next one, and its message names both days. Answers `201 { doc, created: true }`,
 * `200 { doc, created: false }` when the occurrence already has its issue, or
 * `200 { skipped: true, reason, message }`; 422 naming the cadence's rule when the calendar's expansion is
 * refused (`CalendarTooLongError`).
 */
export const createBuildEndpoint = ({
  calendarsSlug,
  isEditorOrAdmin,
  settings,
}: {
  calendarsSlug: string
  isEditorOrAdmin: RolePredicate
  settings: BuildSettings
}): Endpoint => ({
  handler: async (req) => {
    if (!req.user) {
      return errorResponse(401, [{ message: translate(req, 'plugin-ambassadors:moveSignIn'), path: '' }])
    }
    if (!isEditorOrAdmin({ req })) {
      return errorResponse(403, [{ message: translate(req, 'plugin-ambassadors:issueBuildForbidden'), path: '' }])
    }
    const parsed = body.safeParse(await readJsonBody(req))
    if (!parsed.success) {
      const path = String(parsed.error.issues[0]?.path[0] ?? '')
      return errorResponse(400, [{ message: translate(req, 'plugin-ambassadors:issueBuildBodyInvalid'), path }])
    }
    const requested = parsed.data.calendar
    const calendar = (
      requested === undefined
        ? (await req.payload.find({ collection: calendarsSlug, depth: 0, limit: 1, overrideAccess: false, req, sort: 'name', user: req.user })).docs[0]
        : isIdOf(req, calendarsSlug, String(requested))
          ? await req.payload.findByID({ collection: calendarsSlug, depth: 0, disableErrors: true, id: requested, overrideAccess: false, req, user: req.user })
          : null
    ) as BuildCalendar | null | undefined
    if (!calendar) {
      return errorResponse(404, [{ message: translate(req, 'plugin-ambassadors:issueBuildNoCalendar'), path: 'calendar' }])
    }
    return answerUnlessTooLong(req, async () => {
      const { occurrence, passed } = await nextOpenOccurrence(req, settings, calendar, new Date())
      if (!occurrence) {
        return Response.json({ message: translate(req, 'plugin-ambassadors:issueBuildNoOccurrence'), reason: 'noOccurrence', skipped: true })
      }
      const result = await buildIssue(req, settings, { calendar, force: true, occurrence })
      if (result.skipped) {
        const key = result.reason === 'noAudience' ? 'issueBuildNoAudience' : 'issueBuildNothingNew'
        return Response.json({ message: translate(req, `plugin-ambassadors:${key}`), reason: result.reason, skipped: true })
      }
      const message = result.deadPeriod
        ? translate(req, 'plugin-ambassadors:issueBuildInDeadPeriod', { period: result.deadPeriod })
        : passed
          ? translate(req, result.created ? 'plugin-ambassadors:issueBuiltAfterDone' : 'plugin-ambassadors:issueExistingAfterDone', {
              done: dayOf(calendar.timeZone, passed.occurrence.start),
              next: dayOf(calendar.timeZone, occurrence.start),
              status: translate(req, doneWords[passed.issue.status]),
            })
          : translate(req, result.created ? 'plugin-ambassadors:issueBuilt' : 'plugin-ambassadors:issueBuildExisting')
      return Response.json(
        { created: result.created, deadPeriod: result.deadPeriod, doc: result.issue, message },
        { status: result.created ? 201 : 200 },
      )
    })
  },
  method: 'post',
  path: '/build',
})

import type { TaskConfig } from 'payload'

import type { SanitizedAmbassadorsOptions } from '../options.ts'
import type { BuildCalendar } from '../newsletter/buildIssue.ts'

import { addDays } from '../calendar/days.ts'
import { CalendarTooLongError } from '../calendar/expansionBudget.ts'
import { zonedDay } from '../utilities/zonedTime.ts'
import { issueBuildLeadDays } from '../defaults.ts'
import { buildIssue, newsletterOccurrences } from '../newsletter/buildIssue.ts'
import { buildSettingsOf } from '../newsletter/buildSettings.ts'
import { taskSlugs } from './taskSlugs.ts'

type BuildIO = { input: object; output: { built: number; existing: number; skipped: number; unexpandable: number } }

/**
 * Every hour, for each calendar: the newsletter occurrences of the next few days (`issueBuildLeadDays`)
 * get their issue, as a draft for an editor to approve, or skipped with its reason (a dead period's
 * pause, nothing new, nobody to send to). Exactly one issue per occurrence, however many workers run
 * this at once: the occurrence key is unique in the database. A calendar whose expansion is refused
 * (`CalendarTooLongError`) is counted in `unexpandable` and logged with its ID, and the others are built.
 */
export const createBuildNewsletterIssuesTask = (
  options: Pick<
    SanitizedAmbassadorsOptions,
    | 'defaultLanguage'
    | 'enabled'
    | 'holidayCountry'
    | 'itemsPerIssue'
    | 'jobsQueue'
    | 'programmeName'
    | 'relaunchWorkingDays'
    | 'slugs'
    | 'timeZone'
  >,
): TaskConfig<BuildIO> => ({
  slug: taskSlugs.buildNewsletterIssues,
  handler: async ({ req }) => {
    const settings = buildSettingsOf(options)
    const now = Date.now()
    const calendars = await req.payload.find({
      collection: options.slugs.editorialCalendars,
      depth: 0,
      limit: 0,
      pagination: false,
      req,
    })
    const output = { built: 0, existing: 0, skipped: 0, unexpandable: 0 }
    for (const calendar of calendars.docs as unknown as BuildCalendar[]) {
      const today = zonedDay(calendar.timeZone, now)
      let occurrences: ReturnType<typeof newsletterOccurrences>
      try {
        occurrences = newsletterOccurrences(calendar, settings, today, addDays(today, issueBuildLeadDays + 1))
      } catch (error) {
        if (!(error instanceof CalendarTooLongError)) {
          throw error
        }
        // The other calendars are still built; this one is counted and named in the log, every hour.
        output.unexpandable++
        req.payload.logger.error({ calendar: calendar.id, code: error.code, path: error.path }, 'Newsletter build: a calendar cannot be expanded')
        continue
      }
      const due = occurrences.filter((occurrence) => {
        const start = Date.parse(occurrence.start)
        return start > now && start - now <= issueBuildLeadDays * 86_400_000
      })
      for (const occurrence of due) {
        const result = await buildIssue(req, settings, { calendar, force: false, occurrence })
        output[result.skipped ? 'skipped' : result.created ? 'built' : 'existing']++
      }
    }
    return { output }
  },
  label: 'Build newsletter issues',
  outputSchema: [
    { name: 'built', type: 'number', required: true },
    { name: 'existing', type: 'number', required: true },
    { name: 'skipped', type: 'number', required: true },
    { name: 'unexpandable', type: 'number', required: true },
  ],
  retries: 2,
  schedule: options.enabled ? [{ cron: '0 5 * * * *', queue: options.jobsQueue }] : undefined,
})

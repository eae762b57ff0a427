import type { Payload } from 'payload'

import type { ApiClient } from './createApiClient.ts'
import type { AccessFixtures } from './fixtures.ts'

let round = 0

/**
 * Builds a new newsletter issue through the build endpoint, as the editor: a calendar of its own with a
 * daily newsletter and an approved item nobody was sent yet, so every call gets a new issue with
 * something new in it. Answers the issue's ID.
 */
export const buildFreshIssue = async ({ api, f, payload }: { api: ApiClient; f: AccessFixtures; payload: Payload }) => {
  round++
  await payload.create({
    collection: 'content-items',
    data: { _status: 'published', network: f.networkA.id, stage: 'approved', submittedBy: f.editor.id, themes: [f.theme.id], title: `Nouveauté ${round}` } as never,
  })
  const calendar = await payload.create({
    collection: 'editorial-calendars',
    data: {
      cadences: [{ kind: 'newsletter', label: 'Newsletter', rrule: 'FREQ=DAILY;BYHOUR=12;BYMINUTE=0;BYSECOND=0', startsOn: new Date().toISOString() }],
      deadPeriods: [],
      name: `Envois ${round}`,
    } as never,
  })
  const built = await api.rest('POST', '/newsletter-issues/build', { body: { calendar: calendar.id }, token: f.editor.token })
  return built.body.doc.id as number
}

import type { PayloadRequest } from 'payload'

import type { CalendarData, Occurrence } from '../calendar/types.ts'
import type { Language } from '../types.ts'

import { expandCalendar } from '../calendar/expandCalendar.ts'
import { addDays } from '../calendar/days.ts'
import { zonedDay } from '../utilities/zonedTime.ts'
import { issueSubjects } from './issueSubjects.ts'
import { idOf } from './candidateOf.ts'
import { loadAudience, loadCandidates, loadThemes } from './loadBuildInputs.ts'
import { buildIssuePool, itemsForSegment, mergeSegmentsByContent, segmentAudience } from './selection.ts'

type Id = number | string

/** What building an issue and loading its emails' content read of the plugin's settings. */
export type BuildSettings = {
  /** The language of an issue's `title` and `introduction`, and of the email a language without its own subject gets. */
  defaultLanguage: Language
  holidayCountry: string
  itemsPerIssue: number
  /** The `programmeName` option; without it, each email names the programme in its own language. */
  programmeName?: string
  relaunchWorkingDays: number
  slugs: {
    ambassadors: string
    contentItems: string
    editorialCalendars: string
    newsletterDeliveries: string
    newsletterIssues: string
    referentNetworks: string
    themes: string
  }
  /** The programme's time zone, for the dates of an issue whose calendar names none. */
  timeZone: string
}

export type BuildCalendar = CalendarData & { autoSendNewsletter?: boolean | null; id: Id; name: string }

/** An issue as the build answers it. */
export type BuiltIssue = { id: Id; scheduledAt?: string; status: string; title: string }

export type BuildResult =
  | { created: boolean; deadPeriod?: string; issue: BuiltIssue; skipped?: undefined }
  | { created: boolean; issue?: BuiltIssue; reason: 'deadPeriod' | 'noAudience' | 'nothingNew'; skipped: true }

/** Context flag: the write is the plugin's own (the issue's system fields may be set). */
export const buildContext = { ambassadorsSystemWrite: true }

export const occurrenceKeyOf = (calendarId: Id, occurrence: Pick<Occurrence, 'start'>) => `${calendarId}@${occurrence.start}`

/** Newsletter occurrences of a calendar between two days, cancelled ones included. */
export const newsletterOccurrences = (
  calendar: CalendarData,
  settings: Pick<BuildSettings, 'holidayCountry' | 'relaunchWorkingDays'>,
  from: string,
  to: string,
): Occurrence[] =>
  expandCalendar({ ...calendar, phases: [], plannedSlots: [] }, { ...settings, from, to }).filter(
    (occurrence) => occurrence.type === 'cadence' && occurrence.kind === 'newsletter',
  )

/** The next newsletter occurrence after `now`, cancelled or not (an editor's request builds it anyway). */
export const nextNewsletterOccurrence = (
  calendar: CalendarData,
  settings: Pick<BuildSettings, 'holidayCountry' | 'relaunchWorkingDays'>,
  now: Date,
): Occurrence | undefined => {
  const today = zonedDay(calendar.timeZone, now.getTime())
  return newsletterOccurrences(calendar, settings, today, addDays(today, 400)).find(
    (occurrence) => Date.parse(occurrence.start) > now.getTime(),
  )
}

const asBuilt = (doc: Record<string, unknown>): BuiltIssue => ({
  id: doc.id as Id,
  scheduledAt: doc.scheduledAt as string | undefined,
  status: String(doc.status),
  title: String(doc.title),
})

const findByKey = async (req: PayloadRequest, settings: BuildSettings, occurrenceKey: string) =>
  (
    await req.payload.find({
      collection: settings.slugs.newsletterIssues,
      depth: 0,
      limit: 1,
      req,
      where: { occurrenceKey: { equals: occurrenceKey } },
    })
  ).docs[0] as Record<string, unknown> | undefined

const hasTranslations = (issue: Record<string, unknown>) => Array.isArray(issue.translations) && issue.translations.length > 0

/**
 * Builds the issue of one newsletter occurrence: its audience (segments), its items (selection), and
 * the issue itself as a draft (or scheduled when the calendar sends without approval). Exactly one
 * issue per occurrence: the occurrence key is unique in the database, so a second builder, at the same
 * moment or later, gets the existing issue. A scheduled build (`force: false`) records a skipped issue
 * for an occurrence a dead period cancels and for one with nothing new; an editor's request
 * (`force: true`) builds inside a dead period too and records nothing when there is nothing to send.
 */
export const buildIssue = async (
  req: PayloadRequest,
  settings: BuildSettings,
  { calendar, force, occurrence }: { calendar: BuildCalendar; force: boolean; occurrence: Occurrence },
): Promise<BuildResult> => {
  const occurrenceKey = occurrenceKeyOf(calendar.id, occurrence)
  const existing = await findByKey(req, settings, occurrenceKey)
  // A draft an editor prepared by hand for this occurrence keeps its items; the build adds its segments.
  const handMade = existing?.status === 'draft' && !Array.isArray(existing.segments)
  if (existing && !handMade && !(force && existing.status === 'skipped')) {
    return { created: false, deadPeriod: occurrence.deadPeriod, issue: asBuilt(existing) }
  }
  const subjects = issueSubjects(calendar, occurrence, settings.defaultLanguage)
  const base = { calendar: calendar.id, occurrenceKey, scheduledAt: occurrence.start, ...subjects }
  const skip = async (reason: 'deadPeriod' | 'noAudience' | 'nothingNew', detail: string): Promise<BuildResult> => {
    if (force) {
      return { created: false, reason, skipped: true }
    }
    const doc = await createOnce(req, settings, { ...base, skipReason: detail, status: 'skipped' })
    return { created: doc.created, issue: asBuilt(doc.doc), reason, skipped: true }
  }
  if (occurrence.status === 'cancelled' && !force) {
    return skip('deadPeriod', `Temps mort « ${occurrence.deadPeriod ?? ''} » : pas de newsletter (pause).`)
  }
  const sendDate = new Date(Date.parse(occurrence.start)).toISOString()
  const [candidates, members, themes] = await Promise.all([
    loadCandidates(req, settings, sendDate),
    loadAudience(req, settings, sendDate),
    loadThemes(req, settings),
  ])
  const audience = segmentAudience(members, { phases: calendar.phases ?? [], sendDate })
  const cap = settings.itemsPerIssue
  const pool = handMade
    ? ((existing.contentItems as unknown[]) ?? []).map(idOf).filter((id): id is Id => id !== null)
    : buildIssuePool(candidates, audience.segments, { cap, themes }).pool
  // What each segment will actually get from the issue's items (as the preview and the send compute
  // it), so that segments merged as one email really get the same one.
  const byId = new Map(candidates.map((candidate) => [String(candidate.id), candidate]))
  const poolItems = pool.map((id) => byId.get(String(id))!).filter(Boolean)
  const received = new Map(
    audience.segments.map((segment) => [segment.key, itemsForSegment(poolItems, segment, { cap, themes }).map((item) => item.id)]),
  )
  const segments = mergeSegmentsByContent(audience.segments, received)
  const reached = segments.filter((segment) => segment.items.length > 0)
  const audienceCount = reached.reduce((sum, segment) => sum + segment.audience, 0)
  const { excluded } = audience
  const report = [
    `${audienceCount} ambassadeur(s) en ${reached.length} segment(s), ${pool.length} contenu(s).`,
    segments.length > reached.length ? `Sans nouveauté pour ${segments.length - reached.length} groupe(s) : pas d'e-mail pour eux.` : '',
    `Écartés : ${excluded.paused} en pause, ${excluded.phaseNotStarted} dont la phase n'a pas commencé, ${excluded.monthlyAlreadySent} déjà servis ce mois-ci (mensuelle).`,
    occurrence.deadPeriod ? `Construite pendant le temps mort « ${occurrence.deadPeriod} » à la demande d'un éditeur.` : '',
  ]
    .filter(Boolean)
    .join('\n')
  if (audience.segments.length === 0) {
    return skip('noAudience', 'Aucun ambassadeur actif à qui envoyer cette édition.')
  }
  if (pool.length === 0) {
    return skip('nothingNew', 'Rien de nouveau à partager : aucun contenu validé et encore jamais envoyé.')
  }
  if (handMade) {
    const doc = await req.payload.update({
      collection: settings.slugs.newsletterIssues,
      context: buildContext,
      // A hand-made draft without its other languages gets their default subjects; the editor's words stay.
      data: { buildReport: report, segments: reached, ...(hasTranslations(existing) ? {} : { translations: subjects.translations }) },
      depth: 0,
      id: existing.id as Id,
      overrideAccess: true,
      req,
    })
    return { created: false, deadPeriod: occurrence.deadPeriod, issue: asBuilt(doc as Record<string, unknown>) }
  }
  const data = {
    ...base,
    buildReport: report,
    contentItems: pool,
    segments: reached,
    skipReason: null,
    status: calendar.autoSendNewsletter ? 'scheduled' : 'draft',
  }
  if (existing) {
    const doc = await req.payload.update({
      collection: settings.slugs.newsletterIssues,
      context: buildContext,
      data,
      depth: 0,
      id: existing.id as Id,
      overrideAccess: true,
      req,
    })
    return { created: false, deadPeriod: occurrence.deadPeriod, issue: asBuilt(doc as Record<string, unknown>) }
  }
  const doc = await createOnce(req, settings, data)
  return { created: doc.created, deadPeriod: occurrence.deadPeriod, issue: asBuilt(doc.doc) }
}

/**
 * Creates the issue unless another builder got there first: the unique occurrence key refuses the
 * second insert, and the existing issue is returned instead. The insert commits on its own, outside the
 * caller's transaction, which a refused insert would otherwise abort.
 */
const createOnce = async (
  req: PayloadRequest,
  settings: BuildSettings,
  data: Record<string, unknown>,
): Promise<{ created: boolean; doc: Record<string, unknown> }> => {
  const { payload } = req
  try {
    const doc = await payload.create({
      collection: settings.slugs.newsletterIssues,
      context: buildContext,
      data,
      depth: 0,
      overrideAccess: true,
    })
    return { created: true, doc: doc as Record<string, unknown> }
  } catch (error) {
    const existing = (
      await payload.find({
        collection: settings.slugs.newsletterIssues,
        depth: 0,
        limit: 1,
        where: { occurrenceKey: { equals: String(data.occurrenceKey) } },
      })
    ).docs[0] as Record<string, unknown> | undefined
    if (existing) {
      return { created: false, doc: existing }
    }
    throw error
  }
}

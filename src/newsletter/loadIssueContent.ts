import type { PayloadRequest } from 'payload'

import type { CalendarData, Occurrence } from '../calendar/types.ts'
import type { BuildSettings } from './buildIssue.ts'
import type { CandidateItem, Segment, ThemeInfo } from './selection.ts'
import type { NewsletterItem, NewsletterRecipient, SegmentContent, UpcomingEvent } from './types.ts'

import { addDays } from '../calendar/days.ts'
import { expandCalendar } from '../calendar/expandCalendar.ts'
import { CalendarTooLongError } from '../calendar/expansionBudget.ts'
import { zonedDay } from '../utilities/zonedTime.ts'
import { candidateOf, idOf } from './candidateOf.ts'
import { issueVersionFor } from './issueVersion.ts'
import { pageStrings } from './pages/pageStrings.ts'
import { itemsForSegment } from './selection.ts'
import { signToken } from './tokens.ts'

type Id = number | string
type Doc = Record<string, unknown>

/** A segment as the issue stores it. */
export type StoredSegment = Pick<Segment, 'businessLineNetwork' | 'key' | 'language' | 'regionNetwork' | 'themes'> & {
  audience: number
  items: Id[]
}

const absolute = (publicUrl: string, url: unknown): string | undefined => {
  if (typeof url !== 'string' || url === '') {
    return undefined
  }
  try {
    return new URL(url, publicUrl).toString()
  } catch {
    return undefined
  }
}

const localized = (value: unknown, language: string): string => {
  if (typeof value === 'string') {
    return value
  }
  if (value && typeof value === 'object') {
    const byLocale = value as Record<string, unknown>
    return String(byLocale[language] ?? byLocale.fr ?? byLocale.en ?? '')
  }
  return ''
}

const hasRole = (user: unknown, role: string) =>
  Array.isArray((user as { roles?: unknown } | null)?.roles) && ((user as { roles: string[] }).roles).includes(role)

/** Where a left-out section is reported: Payload's logger fits. */
export type WarningLogger = { warn: (details: object, message: string) => void }

/**
 * Trainings and workshops of the 30 days after the send, with their registration links. A calendar that
 * cannot be expanded (`CalendarTooLongError`) gives none, logged with its ID: the issue goes out without
 * its "coming up" section rather than not at all.
 */
export const upcomingEvents = (
  calendar: CalendarData | null,
  settings: Pick<BuildSettings, 'holidayCountry' | 'relaunchWorkingDays'>,
  sendDate: string,
  logger: WarningLogger,
): UpcomingEvent[] => {
  if (!calendar) {
    return []
  }
  const from = zonedDay(calendar.timeZone, Date.parse(sendDate))
  let occurrences: Occurrence[]
  try {
    occurrences = expandCalendar(calendar, { ...settings, from, to: addDays(from, 30) })
  } catch (error) {
    if (!(error instanceof CalendarTooLongError)) {
      throw error
    }
    logger.warn({ calendar: calendar.id, path: error.path }, `Upcoming events left out: calendar ${calendar.id} cannot be expanded (${error.path})`)
    return []
  }
  return occurrences
    .filter(
      (occurrence) =>
        (occurrence.type === 'cadence' || occurrence.type === 'slot') &&
        (occurrence.kind === 'training' || occurrence.kind === 'workshop') &&
        occurrence.status === 'scheduled' &&
        Date.parse(occurrence.start) >= Date.parse(sendDate),
    )
    .slice(0, 6)
    .map((occurrence) => ({
      label: occurrence.label,
      ...(occurrence.place ? { place: occurrence.place } : {}),
      ...(occurrence.registrationLink ? { registrationLink: occurrence.registrationLink } : {}),
      start: occurrence.start,
    }))
}

/**
 * What one segment of an issue reads, from the database: the issue's items meant for the segment (in
 * the editor's order, capped), each with its theme, image, share texts and the referent to thank, and the
 * trainings and workshops coming up. Loaded with the plugin's rights (`overrideAccess`): the caller has
 * checked who asks.
 */
export const loadSegmentContent = async (
  req: PayloadRequest,
  settings: BuildSettings,
  { issue, segment }: { issue: Doc; segment: Pick<StoredSegment, 'businessLineNetwork' | 'language' | 'regionNetwork' | 'themes'> },
): Promise<SegmentContent> => {
  const { payload } = req
  // The segment's language when the issue speaks it, else the programme's: one language per email.
  const version = issueVersionFor(issue, segment.language, settings.defaultLanguage)
  const { language } = version
  const poolIds = ((issue.contentItems as unknown[]) ?? []).map(idOf).filter((id): id is Id => id !== null)
  const [itemDocs, themeDocs, networks, calendar] = await Promise.all([
    poolIds.length === 0
      ? Promise.resolve([] as Doc[])
      : payload
          .find({ collection: settings.slugs.contentItems, depth: 1, limit: 0, locale: language, overrideAccess: true, pagination: false, req, where: { id: { in: poolIds } } })
          .then((result) => result.docs as Doc[]),
    payload
      .find({ collection: settings.slugs.themes, depth: 0, limit: 0, locale: language, overrideAccess: true, pagination: false, req })
      .then((result) => result.docs as Doc[]),
    payload
      .find({ collection: settings.slugs.referentNetworks, depth: 0, limit: 0, overrideAccess: true, pagination: false, req })
      .then((result) => result.docs as Doc[]),
    idOf(issue.calendar) === null
      ? Promise.resolve(null)
      : payload.findByID({ collection: settings.slugs.editorialCalendars, depth: 0, disableErrors: true, id: idOf(issue.calendar)!, overrideAccess: true, req }),
  ])
  const networkById = new Map(networks.map((network) => [String(network.id), network]))
  const themeById = new Map(themeDocs.map((theme) => [String(theme.id), theme]))
  const themes: ThemeInfo[] = themeDocs.map((theme) => ({
    id: theme.id as Id,
    parent: idOf(theme.parent),
    targetShare: (theme.targetShare as null | number) ?? null,
  }))
  const docById = new Map(itemDocs.map((doc) => [String(doc.id), doc]))
  const pool: CandidateItem[] = poolIds
    .map((id) => docById.get(String(id)))
    .filter((doc): doc is Doc => Boolean(doc))
    .map((doc) => candidateOf(doc, (network) => networkById.get(String(network))?.kind))
  const publicUrl = payload.config.serverURL || 'http://localhost:3000'
  const items: NewsletterItem[] = itemsForSegment(pool, { ...segment, themes: segment.themes ?? [] }, { cap: settings.itemsPerIssue, themes }).map(
    ({ id }) => {
      const doc = docById.get(String(id))!
      const image = doc.image && typeof doc.image === 'object' ? (doc.image as Doc) : undefined
      const firstTheme = themeById.get(String(idOf(((doc.themes as unknown[]) ?? [])[0])))
      const submitter = doc.submittedBy && typeof doc.submittedBy === 'object' ? (doc.submittedBy as Doc) : undefined
      const network = networkById.get(String(idOf(doc.network)))
      return {
        id: doc.id as Id,
        ...(image ? { imageAlt: String(image.alt ?? ''), imageUrl: absolute(publicUrl, image.url) } : {}),
        ...(typeof doc.link === 'string' && doc.link ? { link: doc.link } : {}),
        shareTexts: ((doc.shareTexts as Doc[]) ?? []).map((share) => ({ network: String(share.network), text: String(share.text ?? '') })),
        ...(submitter && hasRole(submitter, 'referent')
          ? { suggestedBy: { name: String(submitter.name ?? ''), ...(network ? { network: String(network.name) } : {}) } }
          : {}),
        ...(typeof doc.summary === 'string' && doc.summary ? { summary: doc.summary } : {}),
        ...(firstTheme ? { theme: { ...(firstTheme.color ? { color: String(firstTheme.color) } : {}), name: localized(firstTheme.name, language) } } : {}),
        title: String(doc.title ?? ''),
      }
    },
  )
  const sendDate = String(issue.scheduledAt ?? new Date().toISOString())
  const calendarData = calendar as (CalendarData & { name?: string }) | null
  return {
    ambassadorsSlug: settings.slugs.ambassadors,
    apiRoute: payload.config.routes.api,
    ...(version.introduction ? { introduction: version.introduction } : {}),
    issue: { id: issue.id as Id, sendDate, title: version.title },
    items,
    language,
    programmeName: settings.programmeName ?? pageStrings[language].programmeName,
    publicUrl,
    timeZone: calendarData?.timeZone ?? settings.timeZone,
    ...(payload.email?.defaultFromAddress ? { unsubscribeMailto: payload.email.defaultFromAddress } : {}),
    upcoming: upcomingEvents(calendarData, settings, sendDate, payload.logger),
  }
}

/** An ambassador as the message addresses them, with their signed links. */
export const recipientOf = (ambassador: Doc, secret: string): NewsletterRecipient => ({
  ambassadorId: ambassador.id as Id,
  email: String(ambassador.email ?? ''),
  ...(typeof ambassador.firstName === 'string' && ambassador.firstName ? { firstName: ambassador.firstName } : {}),
  preferencesToken: signToken('preferences', { ambassador: ambassador.id as Id }, secret),
  unsubscribeToken: signToken('unsubscribe', { ambassador: ambassador.id as Id }, secret),
})

/** The segment an ambassador belongs to, as the issue would store it. */
export const segmentOfAmbassador = (ambassador: Doc): StoredSegment => ({
  audience: 1,
  businessLineNetwork: idOf(ambassador.businessLineNetwork),
  items: [],
  key: '',
  language: String(ambassador.language ?? 'fr'),
  regionNetwork: idOf(ambassador.regionNetwork),
  themes: ((ambassador.themes as unknown[]) ?? []).map(idOf).filter((id): id is Id => id !== null),
})

import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { PreferencesForm } from './preferencesForm.ts'

import { type Frequency, type PageLanguage, type PageNotice, toPageLanguage } from './pageStrings.ts'

type DocumentId = number | string

/** The collections the ambassador's pages read and write. */
export type PageSlugs = { ambassadors: string; engagementEvents: string; themes: string }

/** What the pages show of an ambassador and may change. */
export type AmbassadorChoices = {
  consent?: null | Record<string, unknown>
  firstName?: null | string
  frequency: Frequency
  id: DocumentId
  language: PageLanguage
  status: string
  themes: DocumentId[]
}

/** How a change arrived, for the consent ledger (GDPR Art. 7(1): who, when, how). */
export type ChoiceSource = 'one-click' | 'preferences-page' | 'unsubscribe-page'

/** What one request changed: each field's value before and after (themes as added and removed). */
export type ChoiceChanges = {
  frequency?: { from: Frequency; to: Frequency }
  language?: { from: PageLanguage; to: PageLanguage }
  status?: { from: string; to: string }
  themes?: { added: DocumentId[]; removed: DocumentId[] }
}

type AmbassadorDoc = {
  consent?: null | Record<string, unknown>
  firstName?: null | string
  frequency?: null | string
  id: DocumentId
  language?: null | string
  status?: null | string
  themes?: (DocumentId | { id: DocumentId })[] | null
}

const frequencyOf = (value: unknown): Frequency =>
  value === 'monthly' || value === 'paused' ? value : 'twice-monthly'

const toChoices = (doc: AmbassadorDoc): AmbassadorChoices => ({
  consent: doc.consent ?? null,
  firstName: doc.firstName ?? null,
  frequency: frequencyOf(doc.frequency),
  id: doc.id,
  language: toPageLanguage(doc.language),
  status: doc.status ?? 'pending',
  themes: (doc.themes ?? []).map((theme) => (typeof theme === 'object' ? theme.id : theme)),
})

/** The ambassador a verified token speaks for, or `undefined` when there is none (deleted since). */
export const findAmbassador = async (
  req: PayloadRequest,
  slugs: PageSlugs,
  id: DocumentId,
): Promise<AmbassadorChoices | undefined> => {
  // The token was checked by the caller: it is the authority here, not a signed-in user.
  const doc = (await req.payload.findByID({
    collection: slugs.ambassadors,
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
    req,
    select: { consent: true, firstName: true, frequency: true, language: true, status: true, themes: true },
  })) as AmbassadorDoc | null
  return doc ? toChoices(doc) : undefined
}

/** The locale to read localized names in, when the host has localization and speaks `language`. */
const localeFor = (req: PayloadRequest, language: PageLanguage): string | undefined => {
  const { localization } = req.payload.config
  return localization && localization.localeCodes.includes(language) ? language : undefined
}

/** The active themes, by name in `language` (collated in that language). */
export const listActiveThemes = async (
  req: PayloadRequest,
  slugs: PageSlugs,
  language: PageLanguage,
): Promise<{ id: DocumentId; name: string }[]> => {
  const { docs } = await req.payload.find({
    collection: slugs.themes,
    depth: 0,
    limit: 0,
    locale: localeFor(req, language),
    overrideAccess: true,
    pagination: false,
    req,
    select: { name: true, slug: true },
    where: { active: { not_equals: false } },
  })
  const collator = new Intl.Collator(language, { sensitivity: 'base' })
  return (docs as { id: DocumentId; name?: null | string; slug?: null | string }[])
    .map((theme) => ({ id: theme.id, name: theme.name?.trim() || theme.slug || String(theme.id) }))
    .sort((a, b) => collator.compare(a.name, b.name))
}

/**
 * Runs `work` in the request's transaction, starting one when there is none, so an ambassador's change
 * and its engagement event are written together or not at all.
 */
const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const ownsTransaction = await initTransaction(req)
  try {
    const result = await work()
    if (ownsTransaction) await commitTransaction(req)
    return result
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
}

/** Whether the host's engagement events have a `details` field to hold what changed and how. */
const hasDetailsField = (req: PayloadRequest, slug: string) =>
  (req.payload.collections[slug]?.config.flattenedFields ?? []).some((field) => field.name === 'details')

/** Appends one event to the consent ledger: the engagement events are never edited. */
const recordEvent = async (
  req: PayloadRequest,
  slugs: PageSlugs,
  event: { ambassador: DocumentId; changes: ChoiceChanges; source: ChoiceSource; type: 'preferences-change' | 'unsubscribe' },
) => {
  await req.payload.create({
    collection: slugs.engagementEvents,
    data: {
      ambassador: event.ambassador,
      at: new Date().toISOString(),
      type: event.type,
      ...(hasDetailsField(req, slugs.engagementEvents)
        ? { details: { changes: event.changes, source: event.source } }
        : {}),
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/** The changes between two sets of choices; empty when nothing differs. */
export const diffChoices = (
  before: Pick<AmbassadorChoices, 'frequency' | 'language' | 'status' | 'themes'>,
  after: Pick<AmbassadorChoices, 'frequency' | 'language' | 'status' | 'themes'>,
): ChoiceChanges => {
  const changes: ChoiceChanges = {}
  if (before.frequency !== after.frequency) changes.frequency = { from: before.frequency, to: after.frequency }
  if (before.language !== after.language) changes.language = { from: before.language, to: after.language }
  if (before.status !== after.status) changes.status = { from: before.status, to: after.status }
  const had = new Set(before.themes.map(String))
  const has = new Set(after.themes.map(String))
  const added = after.themes.filter((id) => !had.has(String(id)))
  const removed = before.themes.filter((id) => !has.has(String(id)))
  if (added.length || removed.length) changes.themes = { added, removed }
  return changes
}

export type SaveOutcome =
  | { ambassador: AmbassadorChoices; changes: ChoiceChanges; notice: PageNotice; outcome: 'saved' }
  | { ambassador: AmbassadorChoices; outcome: 'invalid' }
  | { outcome: 'not-found' }

const noticeFor = (form: PreferencesForm, resubscribed: boolean): PageNotice =>
  resubscribed
    ? 'resubscribed'
    : form.scope === 'frequency' && form.frequency === 'monthly'
      ? 'savedMonthly'
      : form.frequency === 'paused'
        ? 'savedPaused'
        : 'saved'

/**
 * Saves a posted preference form for the ambassador a verified token speaks for: the themes ticked
 * among the active ones, frequency and language; or, from the unsubscribe page, the frequency alone.
 * An ambassador who unsubscribed and asks to (`resubscribe`) is subscribed again: an opt-in, recorded
 * with the new consent date. One engagement event per request that changed something.
 */
export const savePreferences = ({
  ambassadorId,
  form,
  req,
  slugs,
  source,
}: {
  ambassadorId: DocumentId
  form: PreferencesForm
  req: PayloadRequest
  slugs: PageSlugs
  source: ChoiceSource
}): Promise<SaveOutcome> =>
  inTransaction(req, async () => {
    const ambassador = await findAmbassador(req, slugs, ambassadorId)
    if (!ambassador) {
      return { outcome: 'not-found' }
    }
    const next = { ...ambassador, frequency: form.frequency }
    if (form.scope === 'preferences') {
      const offered = new Map(
        (await listActiveThemes(req, slugs, ambassador.language)).map((theme) => [String(theme.id), theme.id]),
      )
      const chosen = [...new Set(form.themes)].map((key) => offered.get(key))
      if (chosen.some((id) => id === undefined)) {
        return { ambassador, outcome: 'invalid' }
      }
      // A theme made inactive since it was chosen is not on the page, so it was not unticked: keep it.
      const kept = ambassador.themes.filter((id) => !offered.has(String(id)))
      next.themes = [...kept, ...(chosen as DocumentId[])]
      next.language = form.language
      if (form.resubscribe === 'yes' && ambassador.status === 'unsubscribed') {
        next.status = 'active'
      }
    }
    const changes = diffChoices(ambassador, next)
    const resubscribed = changes.status !== undefined
    if (Object.keys(changes).length > 0) {
      const now = new Date().toISOString()
      await req.payload.update({
        collection: slugs.ambassadors,
        data: {
          frequency: next.frequency,
          language: next.language,
          themes: next.themes,
          ...(resubscribed ? { consent: { ...ambassador.consent, at: now, source: 'form' }, status: next.status } : {}),
        },
        depth: 0,
        id: ambassador.id,
        overrideAccess: true,
        req,
      })
      await recordEvent(req, slugs, { ambassador: ambassador.id, changes, source, type: 'preferences-change' })
    }
    return { ambassador: next, changes, notice: noticeFor(form, resubscribed), outcome: 'saved' }
  })

export type UnsubscribeOutcome =
  | { ambassador: AmbassadorChoices; outcome: 'already' | 'done' }
  | { outcome: 'not-found' }

/**
 * Unsubscribes the ambassador a verified token speaks for, whatever their status; does nothing (and
 * records nothing) when they already are, so a repeated POST is harmless.
 */
export const unsubscribeAmbassador = ({
  ambassadorId,
  req,
  slugs,
  source,
}: {
  ambassadorId: DocumentId
  req: PayloadRequest
  slugs: PageSlugs
  source: ChoiceSource
}): Promise<UnsubscribeOutcome> =>
  inTransaction(req, async () => {
    const ambassador = await findAmbassador(req, slugs, ambassadorId)
    if (!ambassador) {
      return { outcome: 'not-found' }
    }
    if (ambassador.status === 'unsubscribed') {
      return { ambassador, outcome: 'already' }
    }
    await req.payload.update({
      collection: slugs.ambassadors,
      data: { status: 'unsubscribed' },
      depth: 0,
      id: ambassador.id,
      overrideAccess: true,
      req,
    })
    await recordEvent(req, slugs, {
      ambassador: ambassador.id,
      changes: { status: { from: ambassador.status, to: 'unsubscribed' } },
      source,
      type: 'unsubscribe',
    })
    return { ambassador: { ...ambassador, status: 'unsubscribed' }, outcome: 'done' }
  })

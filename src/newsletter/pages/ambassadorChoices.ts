import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { FormTokenCheck } from './formToken.ts'
import type { PreferencesForm } from './preferencesForm.ts'

import { type Frequency, type PageLanguage, type PageNotice, toPageLanguage } from './pageStrings.ts'

type DocumentId = number | string

/** The collections the ambassador's pages read and write. */
export type PageSlugs = { ambassadors: string; themes: string }

/** What the pages show of an ambassador and may change. */
export type AmbassadorChoices = {
  consent?: null | Record<string, unknown>
  firstName?: null | string
  /** Raised by every save of the preference form: a form token is bound to it, so it posts once. */
  formVersion: number
  frequency: Frequency
  id: DocumentId
  language: PageLanguage
  status: string
  themes: DocumentId[]
}

/**
 * What the ambassador update carries for the collection's hooks: the engagement ledger's hook records
 * each opt-in, preference change and opt-out from it, in the same transaction, with how it came about.
 */
export type ChoiceContext = Record<string, unknown>

type AmbassadorDoc = {
  consent?: null | Record<string, unknown>
  firstName?: null | string
  formVersion?: null | number
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
  formVersion: typeof doc.formVersion === 'number' ? doc.formVersion : 0,
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
    select: { consent: true, firstName: true, formVersion: true, frequency: true, language: true, status: true, themes: true },
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

type Choices = Pick<AmbassadorChoices, 'frequency' | 'language' | 'status' | 'themes'>

/** Whether two sets of choices differ (themes compared as sets). */
export const choicesDiffer = (before: Choices, after: Choices): boolean => {
  const themesOf = (choices: Choices) => [...new Set(choices.themes.map(String))].sort().join()
  return (
    before.frequency !== after.frequency ||
    before.language !== after.language ||
    before.status !== after.status ||
    themesOf(before) !== themesOf(after)
  )
}

export type SaveOutcome =
  | { ambassador: AmbassadorChoices; notice: PageNotice; outcome: 'saved' }
  | { ambassador: AmbassadorChoices; outcome: 'invalid' | 'refused' | 'used' }
  | { outcome: 'not-found' }

/** From the most mail to none: the unsubscribe page's lighter choices may only go down this scale. */
const frequencyRank: Record<Frequency, number> = { monthly: 1, paused: 0, 'twice-monthly': 2 }

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
 * among the active ones, frequency and language; or, from the unsubscribe page, a lower frequency alone.
 * An ambassador who unsubscribed and asks to (`resubscribe`) is subscribed again, with a new consent
 * date. `checkForm` judges the form token against the ambassador's form version, read in the same
 * transaction; a form it accepts raises the version, so it cannot be posted again. Nothing else is
 * written when nothing changes.
 */
export const savePreferences = ({
  ambassadorId,
  checkForm,
  context,
  form,
  req,
  slugs,
}: {
  ambassadorId: DocumentId
  checkForm?: (formVersion: number) => FormTokenCheck
  context: ChoiceContext
  form: PreferencesForm
  req: PayloadRequest
  slugs: PageSlugs
}): Promise<SaveOutcome> =>
  inTransaction(req, async () => {
    const ambassador = await findAmbassador(req, slugs, ambassadorId)
    if (!ambassador) {
      return { outcome: 'not-found' }
    }
    const check = checkForm?.(ambassador.formVersion) ?? 'valid'
    if (check !== 'valid') {
      return { ambassador, outcome: check }
    }
    if (form.scope === 'frequency' && frequencyRank[form.frequency] > frequencyRank[ambassador.frequency]) {
      return { ambassador, outcome: 'invalid' }
    }
    const next = { ...ambassador, formVersion: ambassador.formVersion + (checkForm ? 1 : 0), frequency: form.frequency }
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
    const resubscribed = next.status !== ambassador.status
    if (choicesDiffer(ambassador, next) || next.formVersion !== ambassador.formVersion) {
      await req.payload.update({
        collection: slugs.ambassadors,
        context,
        data: {
          formVersion: next.formVersion,
          frequency: next.frequency,
          language: next.language,
          themes: next.themes,
          ...(resubscribed
            ? { consent: { ...ambassador.consent, at: new Date().toISOString(), source: 'form' }, status: next.status }
            : {}),
        },
        depth: 0,
        id: ambassador.id,
        overrideAccess: true,
        req,
      })
    }
    return { ambassador: next, notice: noticeFor(form, resubscribed), outcome: 'saved' }
  })

export type UnsubscribeOutcome =
  | { ambassador: AmbassadorChoices; outcome: 'already' | 'done' }
  | { outcome: 'not-found' }

/**
 * Unsubscribes the ambassador a verified token speaks for, whatever their status; writes nothing when
 * they already are, so a repeated POST changes and records nothing.
 */
export const unsubscribeAmbassador = ({
  ambassadorId,
  context,
  req,
  slugs,
}: {
  ambassadorId: DocumentId
  context: ChoiceContext
  req: PayloadRequest
  slugs: PageSlugs
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
      context,
      data: { status: 'unsubscribed' },
      depth: 0,
      id: ambassador.id,
      overrideAccess: true,
      req,
    })
    return { ambassador: { ...ambassador, status: 'unsubscribed' }, outcome: 'done' }
  })

import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import type { AmbassadorChoices, PageLanguage, PageNotice, PageSlugs, UnsubscribeState } from '../../../newsletter/pages/index.ts'
import type { TokenPurpose } from '../../../newsletter/tokens.ts'
import type { SanitizedAmbassadorsOptions } from '../../../options.ts'
import type { EngagementContext } from '../../../types.ts'

import { withAdvisoryLock } from '../../../database/advisoryLock.ts'
import {
  checkFormToken,
  findAmbassador,
  isForeignPost,
  isOneClickBody,
  issueFormToken,
  listActiveThemes,
  ownOrigins,
  pageHeaders,
  pageStrings,
  parsePreferencesForm,
  readBoundedText,
  readFormFields,
  renderErrorPage,
  renderPreferencesPage,
  renderUnsubscribePage,
  savePreferences,
  unsubscribeAmbassador,
} from '../../../newsletter/pages/index.ts'
import { tokenSecrets } from '../../../newsletter/tokenSecrets.ts'
import { signToken, verifyToken } from '../../../newsletter/tokens.ts'
import { idTypeOf, isIdLike } from '../../../utilities/idOf.ts'

type DocumentId = number | string

/**
 * A request whose token was checked: the ambassador it speaks for, the secrets it was checked with, and
 * whether it is a preview token (a preview or test message of the newsletter: the page shows, nothing changes).
 */
type Verified = { ambassadorId: DocumentId; isPreview: boolean; secrets: string[]; token: string }

const htmlPage = (status: number, html: string) => new Response(html, { headers: pageHeaders, status })

/** The programme's name: the `programmeName` option, else "Programme ambassadeurs" / "Ambassador programme". */
const programmeNamesOf = (configured: string | undefined): Record<PageLanguage, string> => ({
  en: configured ?? pageStrings.en.programmeName,
  fr: configured ?? pageStrings.fr.programmeName,
})

/**
 * How a change came about, for the engagement ledger's hook on the ambassadors collection, which records
 * the change in the same transaction: a link of the newsletter, or the mail client's one-click button.
 */
const fromEmailLink: EngagementContext = { ambassadorsEngagementSource: 'email-link' }
const fromOneClick: EngagementContext = { ambassadorsEngagementSource: 'one-click' }

/** The form's fields, or none when the body is longer than any form of these pages. */
const readFields = async (req: PayloadRequest): Promise<URLSearchParams> => {
  const text = await readBoundedText(req.body)
  return text === undefined ? new URLSearchParams() : readFormFields(text, req.headers.get('content-type'))
}

/** HEAD answers what GET would (status and headers) with no body; GET changes nothing, so neither does HEAD. */
const headOf =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    const response = await handler(req)
    return new Response(null, { headers: response.headers, status: response.status })
  }

type Refusal = 'invalid' | 'refused' | 'used'

/** What the preference page answers to a form it did not save: a wrong choice, a foreign or forged post, a used form. */
const refusals: Record<Refusal, [number, PageNotice]> = { invalid: [400, 'invalid'], refused: [403, 'expired'], used: [403, 'reused'] }

/** The plain-text answer to a mail provider's one-click POST, in the ambassador's language. */
const oneClickAnswer = (text: string) =>
  new Response(`${text}\n`, { headers: { ...pageHeaders, 'content-type': 'text/plain; charset=utf-8' }, status: 200 })

/**
 * The ambassador's own pages, reached from links in the newsletter with no sign-in: the signed token in
 * the URL is the authority (see `newsletter/tokens.ts`), checked for its purpose before anything is read;
 * each page takes its own purpose's token and a preview token, and mints no token of another purpose
 * (but the preference page's link to leaving). GET and HEAD never change anything (mail scanners fetch
 * every link); POST does, in one transaction with its engagement event, except with a preview token: then
 * it answers 200, says nothing changed, and writes nothing. Every answer is a self-contained HTML page
 * (no script, strict CSP), 400 for a missing token and 403 for an unusable one, in French and English.
 */
export const createPublicPageEndpoints = ({
  previousSecrets,
  programmeName,
  slugs: allSlugs,
}: Pick<SanitizedAmbassadorsOptions, 'previousSecrets' | 'programmeName' | 'slugs'>): Endpoint[] => {
  const slugs: PageSlugs = { ambassadors: allSlugs.ambassadors, themes: allSlugs.themes }
  const programmeNames = programmeNamesOf(programmeName)

  /** The same page for every unusable link, so it never tells whether an ambassador exists. */
  const errorPage = (status: 400 | 403) => htmlPage(status, renderErrorPage({ programmeName: programmeNames }))

  const verify = (req: PayloadRequest, purpose: Exclude<TokenPurpose, 'click' | 'preview'>): Response | Verified => {
    const token = req.query?.token
    if (typeof token !== 'string' || token.length === 0) {
      return errorPage(400)
    }
    const secrets = tokenSecrets(req.payload.secret, previousSecrets)
    const own = verifyToken(token, purpose, secrets)
    const subject = own ?? verifyToken(token, 'preview', secrets)
    const idType = req.payload.collections[slugs.ambassadors]?.customIDType ?? idTypeOf(req)
    const ambassadorId = idType === 'number' ? Number(subject?.ambassador) : subject?.ambassador
    if (!subject || ambassadorId === undefined || !isIdLike(ambassadorId, idType === 'number' ? 'number' : 'text')) {
      return errorPage(403)
    }
    return { ambassadorId, isPreview: !own, secrets, token }
  }

  const preferencesPage = async (
    req: PayloadRequest,
    verified: Verified,
    ambassador: AmbassadorChoices,
    status: number,
    notice?: PageNotice,
  ) => {
    const chosen = new Set(ambassador.themes.map(String))
    const themes = await listActiveThemes(req, slugs, ambassador.language)
    // Leaving is one click away from the preferences; a preview leads to the preview of that page.
    const unsubscribeToken = verified.isPreview
      ? verified.token
      : signToken('unsubscribe', { ambassador: ambassador.id }, req.payload.secret)
    return htmlPage(
      status,
      renderPreferencesPage({
        action: `preferences?token=${encodeURIComponent(verified.token)}`,
        firstName: ambassador.firstName,
        formToken: issueFormToken(verified.token, ambassador.formVersion, req.payload.secret),
        frequency: ambassador.frequency,
        language: ambassador.language,
        notice,
        preview: verified.isPreview,
        programmeName: programmeNames[ambassador.language],
        subscribed: ambassador.status !== 'unsubscribed',
        themes: themes.map((theme) => ({ ...theme, checked: chosen.has(String(theme.id)) })),
        unsubscribeUrl: `unsubscribe?token=${unsubscribeToken}`,
      }),
    )
  }

  const unsubscribePage = (
    req: PayloadRequest,
    verified: Verified,
    ambassador: AmbassadorChoices,
    { notice, state, status = 200 }: { notice?: PageNotice; state: UnsubscribeState; status?: number },
  ) =>
    htmlPage(
      status,
      renderUnsubscribePage({
        action: `unsubscribe?token=${encodeURIComponent(verified.token)}`,
        firstName: ambassador.firstName,
        frequency: ambassador.frequency,
        language: ambassador.language,
        notice,
        preview: verified.isPreview,
        programmeName: programmeNames[ambassador.language],
        state,
      }),
    )

  const stateOf = (ambassador: AmbassadorChoices): UnsubscribeState => (ambassador.status === 'unsubscribed' ? 'already' : 'confirm')

  /** `GET /preferences?token=…`: the form, filled with the ambassador's choices. */
  const showPreferences: PayloadHandler = async (req) => {
    const verified = verify(req, 'preferences')
    if (verified instanceof Response) return verified
    const ambassador = await findAmbassador(req, slugs, verified.ambassadorId)
    return ambassador ? preferencesPage(req, verified, ambassador, 200) : errorPage(403)
  }

  /**
   * `POST /preferences?token=…`: saves the form and shows it again with a confirmation. Refused (403, the
   * form shown again, nothing saved) when posted from another site (`Origin`, `Sec-Fetch-Site`), without
   * the page's own form token, or with one a save has used already.
   */
  const postPreferences: PayloadHandler = async (req) => {
    const verified = verify(req, 'preferences')
    if (verified instanceof Response) return verified
    if (verified.isPreview) {
      const ambassador = await findAmbassador(req, slugs, verified.ambassadorId)
      return ambassador ? preferencesPage(req, verified, ambassador, 200, 'previewUnchanged') : errorPage(403)
    }
    const fields = await readFields(req)
    const form = parsePreferencesForm(fields)
    const isForeign = isForeignPost(req.headers, ownOrigins(req.payload.config.serverURL, req.url))
    const wanted = !isForeign && form?.scope === 'preferences' ? form : undefined
    // One save per ambassador at a time, so a form token cannot be spent twice by two POSTs at once.
    const saved = !wanted
      ? { outcome: isForeign ? ('refused' as const) : ('invalid' as const) }
      : ((await withAdvisoryLock(req.payload, `payload-plugin-ambassadors:preferences:${verified.ambassadorId}`, () =>
          savePreferences({
            ambassadorId: verified.ambassadorId,
            checkForm: (formVersion) => checkFormToken(fields.get('formToken'), verified.token, formVersion, verified.secrets),
            context: { ...fromEmailLink },
            form: wanted,
            req,
            slugs,
          }),
        )) ?? { outcome: 'used' as const })
    if (saved.outcome === 'not-found') return errorPage(403)
    if (saved.outcome === 'saved') return preferencesPage(req, verified, saved.ambassador, 200, saved.notice)
    const ambassador = 'ambassador' in saved ? saved.ambassador : await findAmbassador(req, slugs, verified.ambassadorId)
    if (!ambassador) return errorPage(403)
    const [status, notice] = refusals[saved.outcome]
    return preferencesPage(req, verified, ambassador, status, notice)
  }

  /** `GET /unsubscribe?token=…`: the confirmation page, with its button; nothing changes. */
  const showUnsubscribe: PayloadHandler = async (req) => {
    const verified = verify(req, 'unsubscribe')
    if (verified instanceof Response) return verified
    const ambassador = await findAmbassador(req, slugs, verified.ambassadorId)
    return ambassador ? unsubscribePage(req, verified, ambassador, { state: stateOf(ambassador) }) : errorPage(403)
  }

  /**
   * `POST /unsubscribe?token=…`: unsubscribes, from the page's button or a mail provider's RFC 8058
   * one-click POST (`List-Unsubscribe=One-Click`, no cookie, no form token: the signed URL is the
   * authority); or, from the page's lighter choices (`scope=frequency`), lowers the frequency. Always 200
   * and never a redirect; a repeated POST changes and records nothing more.
   */
  const postUnsubscribe: PayloadHandler = async (req) => {
    const verified = verify(req, 'unsubscribe')
    if (verified instanceof Response) return verified
    const fields = await readFields(req)
    const isOneClick = isOneClickBody(fields)
    if (verified.isPreview) {
      const ambassador = await findAmbassador(req, slugs, verified.ambassadorId)
      if (!ambassador) return errorPage(403)
      const nothingChanged = pageStrings[ambassador.language].preview.nothingChanged
      return isOneClick
        ? oneClickAnswer(nothingChanged)
        : unsubscribePage(req, verified, ambassador, { notice: 'previewUnchanged', state: stateOf(ambassador) })
    }
    if (!isOneClick && fields.has('scope')) {
      const form = parsePreferencesForm(fields)
      const saved =
        form?.scope === 'frequency'
          ? await savePreferences({ ambassadorId: verified.ambassadorId, context: { ...fromEmailLink }, form, req, slugs })
          : undefined
      if (saved?.outcome === 'not-found') return errorPage(403)
      const ambassador = saved?.ambassador ?? (await findAmbassador(req, slugs, verified.ambassadorId))
      if (!ambassador) return errorPage(403)
      return saved?.outcome === 'saved'
        ? unsubscribePage(req, verified, ambassador, { notice: saved.notice, state: stateOf(ambassador) })
        : unsubscribePage(req, verified, ambassador, { notice: 'invalid', state: stateOf(ambassador), status: 400 })
    }
    const result = await unsubscribeAmbassador({
      ambassadorId: verified.ambassadorId,
      context: { ...(isOneClick ? fromOneClick : fromEmailLink) },
      req,
      slugs,
    })
    if (result.outcome === 'not-found') return errorPage(403)
    if (isOneClick) return oneClickAnswer(pageStrings[result.ambassador.language].oneClickDone)
    return unsubscribePage(req, verified, result.ambassador, { state: result.outcome })
  }

  return [
    { handler: showPreferences, method: 'get', path: '/preferences' },
    { handler: headOf(showPreferences), method: 'head', path: '/preferences' },
    { handler: postPreferences, method: 'post', path: '/preferences' },
    { handler: showUnsubscribe, method: 'get', path: '/unsubscribe' },
    { handler: headOf(showUnsubscribe), method: 'head', path: '/unsubscribe' },
    { handler: postUnsubscribe, method: 'post', path: '/unsubscribe' },
  ]
}

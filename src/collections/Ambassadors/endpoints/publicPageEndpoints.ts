import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import type { EngagementContext } from '../../../hooks/recordAmbassadorEngagement.ts'
import type { AmbassadorChoices, PageLanguage, PageNotice, PageSlugs } from '../../../newsletter/pages/index.ts'
import type { TokenPurpose } from '../../../newsletter/tokens.ts'
import type { AmbassadorEndpointArgs } from './index.ts'

import {
  checkFormToken,
  findAmbassador,
  isOneClickBody,
  issueFormToken,
  listActiveThemes,
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
import { getPluginSettings } from '../../../plugins/customConfig.ts'
import { idTypeOf, isIdLike } from '../../../utilities/idOf.ts'

type DocumentId = number | string

/** A request whose token was checked: the ambassador it speaks for and the secrets it was checked with. */
type Verified = { ambassadorId: DocumentId; secrets: string[]; token: string }

const htmlPage = (status: number, html: string) => new Response(html, { headers: pageHeaders, status })

/** The programme's name: the `programmeName` option, else "Programme ambassadeurs" / "Ambassador programme". */
const programmeNames = (req: PayloadRequest): Record<PageLanguage, string> => {
  const configured = getPluginSettings(req.payload)?.programmeName
  return { en: configured ?? pageStrings.en.programmeName, fr: configured ?? pageStrings.fr.programmeName }
}

/**
 * How a change came about, for the engagement ledger's hook on the ambassadors collection, which records
 * the change in the same transaction: a link of the newsletter, or the mail client's one-click button.
 */
const fromEmailLink: EngagementContext = { ambassadorsEngagementSource: 'email-link' }
const fromOneClick: EngagementContext = { ambassadorsEngagementSource: 'one-click' }

/** The same page for every unusable link, so it never tells whether an ambassador exists. */
const errorPage = (req: PayloadRequest, status: 400 | 403) =>
  htmlPage(status, renderErrorPage({ programmeName: programmeNames(req) }))

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

/**
 * The ambassador's own pages, reached from links in the newsletter with no sign-in: the signed token in
 * the URL is the authority (see `newsletter/tokens.ts`), checked for its purpose before anything is read.
 * GET and HEAD never change anything (mail scanners fetch every link); POST does, in one transaction
 * with its engagement event. Every answer is a self-contained HTML page (no script, strict CSP), 400 for
 * a missing token and 403 for an unusable one, in French and English.
 */
export const createPublicPageEndpoints = ({ slugs: allSlugs }: AmbassadorEndpointArgs): Endpoint[] => {
  const slugs: PageSlugs = { ambassadors: allSlugs.ambassadors, themes: allSlugs.themes }

  const verify = (req: PayloadRequest, purpose: TokenPurpose): Response | Verified => {
    const token = req.query?.token
    if (typeof token !== 'string' || token.length === 0) {
      return errorPage(req, 400)
    }
    const secrets = tokenSecrets(req.payload)
    const subject = verifyToken(token, purpose, secrets)
    const idType = req.payload.collections[slugs.ambassadors]?.customIDType ?? idTypeOf(req)
    const ambassadorId = idType === 'number' ? Number(subject?.ambassador) : subject?.ambassador
    if (!subject || ambassadorId === undefined || !isIdLike(ambassadorId, idType === 'number' ? 'number' : 'text')) {
      return errorPage(req, 403)
    }
    return { ambassadorId, secrets, token }
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
    return htmlPage(
      status,
      renderPreferencesPage({
        action: `preferences?token=${encodeURIComponent(verified.token)}`,
        firstName: ambassador.firstName,
        formToken: issueFormToken(verified.token, req.payload.secret),
        frequency: ambassador.frequency,
        language: ambassador.language,
        notice,
        programmeName: programmeNames(req)[ambassador.language],
        subscribed: ambassador.status !== 'unsubscribed',
        themes: themes.map((theme) => ({ ...theme, checked: chosen.has(String(theme.id)) })),
        unsubscribeUrl: `unsubscribe?token=${signToken('unsubscribe', { ambassador: ambassador.id }, req.payload.secret)}`,
      }),
    )
  }

  const unsubscribePage = (req: PayloadRequest, verified: Verified, ambassador: AmbassadorChoices, state: 'already' | 'confirm' | 'done') => {
    // The lighter choices post to the preferences page, with a preferences token of their own.
    const preferencesToken = signToken('preferences', { ambassador: ambassador.id }, req.payload.secret)
    return htmlPage(
      200,
      renderUnsubscribePage({
        action: `unsubscribe?token=${encodeURIComponent(verified.token)}`,
        firstName: ambassador.firstName,
        frequency: ambassador.frequency,
        language: ambassador.language,
        preferencesAction: `preferences?token=${preferencesToken}`,
        preferencesFormToken: issueFormToken(preferencesToken, req.payload.secret),
        programmeName: programmeNames(req)[ambassador.language],
        state,
      }),
    )
  }

  /** `GET /preferences?token=…`: the form, filled with the ambassador's choices. */
  const showPreferences: PayloadHandler = async (req) => {
    const verified = verify(req, 'preferences')
    if (verified instanceof Response) return verified
    const ambassador = await findAmbassador(req, slugs, verified.ambassadorId)
    return ambassador ? preferencesPage(req, verified, ambassador, 200) : errorPage(req, 403)
  }

  /**
   * `POST /preferences?token=…`: saves the form and shows it again with a confirmation. Refused (403,
   * the form shown again, nothing saved) without the page's own form token, or posted from another site.
   */
  const postPreferences: PayloadHandler = async (req) => {
    const verified = verify(req, 'preferences')
    if (verified instanceof Response) return verified
    const fields = await readFields(req)
    const fetchSite = req.headers.get('sec-fetch-site')
    const isForeign = fetchSite === 'cross-site' || fetchSite === 'same-site'
    const isGenuine = !isForeign && checkFormToken(fields.get('formToken'), verified.token, verified.secrets)
    const form = parsePreferencesForm(fields)
    if (!isGenuine || !form) {
      const ambassador = await findAmbassador(req, slugs, verified.ambassadorId)
      if (!ambassador) return errorPage(req, 403)
      return isGenuine
        ? preferencesPage(req, verified, ambassador, 400, 'invalid')
        : preferencesPage(req, verified, ambassador, 403, 'expired')
    }
    const saved = await savePreferences({ ambassadorId: verified.ambassadorId, context: { ...fromEmailLink }, form, req, slugs })
    if (saved.outcome === 'not-found') return errorPage(req, 403)
    return saved.outcome === 'invalid'
      ? preferencesPage(req, verified, saved.ambassador, 400, 'invalid')
      : preferencesPage(req, verified, saved.ambassador, 200, saved.notice)
  }

  /** `GET /unsubscribe?token=…`: the confirmation page, with its button; nothing changes. */
  const showUnsubscribe: PayloadHandler = async (req) => {
    const verified = verify(req, 'unsubscribe')
    if (verified instanceof Response) return verified
    const ambassador = await findAmbassador(req, slugs, verified.ambassadorId)
    if (!ambassador) return errorPage(req, 403)
    return unsubscribePage(req, verified, ambassador, ambassador.status === 'unsubscribed' ? 'already' : 'confirm')
  }

  /**
   * `POST /unsubscribe?token=…`: unsubscribes, from the page's button or a mail provider's RFC 8058
   * one-click POST (`List-Unsubscribe=One-Click`, no cookie, no form token: the signed URL is the
   * authority). Always 200 and never a redirect; a repeated POST changes and records nothing more.
   */
  const postUnsubscribe: PayloadHandler = async (req) => {
    const verified = verify(req, 'unsubscribe')
    if (verified instanceof Response) return verified
    const isOneClick = isOneClickBody(await readFields(req))
    const result = await unsubscribeAmbassador({
      ambassadorId: verified.ambassadorId,
      context: { ...(isOneClick ? fromOneClick : fromEmailLink) },
      req,
      slugs,
    })
    if (result.outcome === 'not-found') return errorPage(req, 403)
    if (isOneClick) {
      return new Response(`${pageStrings[result.ambassador.language].oneClickDone}\n`, {
        headers: { ...pageHeaders, 'content-type': 'text/plain; charset=utf-8' },
        status: 200,
      })
    }
    return unsubscribePage(req, verified, result.ambassador, result.outcome)
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

import type { Endpoint, PayloadRequest } from 'payload'

import { confirmEmailPath, confirmEmailUrl } from '../../../accounts/confirmEmailPath.ts'
import { isEmailConfirmation, userOfEmailConfirmation } from '../../../accounts/emailConfirmationToken.ts'
import { renderConfirmEmailPage } from '../../../accounts/renderConfirmEmailPage.ts'
import { pageHeaders, renderErrorPage, pageStrings, toPageLanguage } from '../../../newsletter/pages/index.ts'
import { normalizeEmail } from '../../../utilities/normalizeEmail.ts'

type User = { email?: string; id: number | string; language?: string; verifiedEmail?: null | string }

const htmlPage = (status: number, html: string) => new Response(html, { headers: pageHeaders, status })

/**
 * `GET /api/<users>/confirm-email?token=…`: the page a new account address's confirmation link opens, with a
 * button; changes nothing (mail scanners fetch links). `POST` (the button): that address becomes the one
 * test sends go to. The signed, expiring token is the authority; a link for an address the account no
 * longer has, expired, or forged answers 403, the same page whatever the reason.
 */
export const createConfirmEmailEndpoints = ({ programmeName, usersSlug }: { programmeName?: string; usersSlug: string }): Endpoint[] => {
  const check = async (req: PayloadRequest): Promise<{ token: string; user: User } | Response> => {
    const token = req.query?.token
    const userId = userOfEmailConfirmation(token)
    const user = userId
      ? ((await req.payload.findByID({ collection: usersSlug, depth: 0, disableErrors: true, id: userId, overrideAccess: true, req })) as User | null)
      : null
    const email = typeof user?.email === 'string' ? user.email : ''
    if (!user || !email || !isEmailConfirmation(String(token), { email, user: user.id }, [req.payload.secret])) {
      const name = programmeName ?? pageStrings.fr.programmeName
      return htmlPage(typeof token === 'string' && token ? 403 : 400, renderErrorPage({ programmeName: { en: programmeName ?? pageStrings.en.programmeName, fr: name } }))
    }
    return { token: String(token), user }
  }
  const page = (req: PayloadRequest, { token, user }: { token: string; user: User }, isDone: boolean) =>
    htmlPage(
      200,
      renderConfirmEmailPage({
        action: confirmEmailUrl(req.payload, usersSlug, token),
        email: String(user.email),
        language: toPageLanguage(user.language),
        programmeName,
        state: isDone ? 'done' : 'confirm',
      }),
    )
  const isVerified = (user: User) => normalizeEmail(String(user.email)) === normalizeEmail(user.verifiedEmail ?? '')
  return [
    {
      handler: async (req) => {
        const checked = await check(req)
        return checked instanceof Response ? checked : page(req, checked, isVerified(checked.user))
      },
      method: 'get',
      path: confirmEmailPath,
    },
    {
      handler: async (req) => {
        const checked = await check(req)
        if (checked instanceof Response) {
          return checked
        }
        if (!isVerified(checked.user)) {
          await req.payload.update({
            collection: usersSlug,
            data: { verifiedEmail: normalizeEmail(String(checked.user.email)) },
            depth: 0,
            id: checked.user.id,
            overrideAccess: true,
            req,
          })
        }
        return page(req, checked, true)
      },
      method: 'post',
      path: confirmEmailPath,
    },
  ]
}

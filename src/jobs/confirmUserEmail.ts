import type { TaskConfig } from 'payload'

import type { SanitizedAmbassadorsOptions } from '../options.ts'

import { confirmEmailUrl } from '../accounts/confirmEmailPath.ts'
import { signEmailConfirmation } from '../accounts/emailConfirmationToken.ts'
import { renderEmailConfirmation } from '../emails/index.ts'
import { toLanguage } from '../translations/index.ts'
import { normalizeEmail } from '../utilities/normalizeEmail.ts'
import { taskSlugs } from './taskSlugs.ts'

type ConfirmIO = { input: { user: number | string }; output: { sent: number } }

/**
 * Emails a user's new address a link to confirm it (queued when they changed it themselves). The address
 * is read when the job runs, not carried by the job: an address changed again since gets the link, the
 * former one nothing; an address confirmed meanwhile gets nothing.
 */
export const createConfirmUserEmailTask = ({ slugs }: Pick<SanitizedAmbassadorsOptions, 'slugs'>): TaskConfig<ConfirmIO> => ({
  slug: taskSlugs.confirmUserEmail,
  handler: async ({ input, req }) => {
    const user = (await req.payload.findByID({ collection: slugs.users, depth: 0, disableErrors: true, id: input.user, req })) as
      | { email?: string; id: number | string; language?: string; name?: string; roles?: string[]; verifiedEmail?: null | string }
      | null
    const email = typeof user?.email === 'string' ? user.email : ''
    if (!user || !email || normalizeEmail(email) === normalizeEmail(user.verifiedEmail ?? '')) {
      return { output: { sent: 0 } }
    }
    const token = signEmailConfirmation({ email, user: user.id }, req.payload.secret)
    const rendered = await renderEmailConfirmation({
      audience: user.roles?.some((role) => role === 'admin' || role === 'editor') ? 'editor' : 'referent',
      confirmUrl: confirmEmailUrl(req.payload, slugs.users, token),
      email,
      language: toLanguage(user.language),
      recipientName: user.name || email.split('@')[0]!,
    })
    await req.payload.sendEmail({ html: rendered.html, subject: rendered.subject, text: rendered.text, to: email })
    return { output: { sent: 1 } }
  },
  inputSchema: [{ name: 'user', type: 'text', required: true }],
  label: 'Email a new account address its confirmation link',
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  retries: { attempts: 4, backoff: { delay: 30_000, type: 'exponential' } },
})

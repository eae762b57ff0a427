import type { Endpoint } from 'payload'

import { z } from 'zod'

import type { NewsletterMessage } from '../../../newsletter/types.ts'

import { recordTestSend, testSendLimit } from '../../../database/testSendLog.ts'
import { formatHeaderValue, subjectForMailer } from '../../../delivery/mimeHeaders.ts'
import { errorResponse } from '../../../errors/errorResponse.ts'
import { normalizeEmail } from '../../../utilities/normalizeEmail.ts'
import { readJsonBody } from '../../../utilities/readJsonBody.ts'
import { translate } from '../../../utilities/translate.ts'
import { loadPreview, type PreviewArgs } from './loadPreview.ts'

/**
 * What a test send hands to the host's mailer: the preview, its subject marked as a test, and the list
 * headers the newsletter carries (not its Message-ID, which is the ambassador's), folded and encoded as the
 * newsletter writes them (`prepared`: nodemailer would encode a quoted name with its quotes).
 */
export const testSendEmail = (message: NewsletterMessage, { prefix, to }: { prefix: string; to: string }) => {
  const { 'Message-ID': _messageId, ...listHeaders } = message.headers
  return {
    headers: Object.fromEntries(
      Object.entries(listHeaders).map(([name, value]) => [name, { prepared: true, value: formatHeaderValue(name, value) }]),
    ),
    html: message.html,
    subject: subjectForMailer(`${prefix} ${message.subject}`),
    text: message.text,
    to,
  }
}

const body = z
  .object({
    ambassador: z.union([z.string().max(64), z.number().int().positive()]).optional(),
    segment: z.string().max(2000).optional(),
  })
  .strict()

/**
 * `POST /api/<newsletter-issues>/:id/test-send` `{ ambassador?, segment? }`: sends the preview to the
 * caller's verified address (`verifiedEmail`: never an address they gave themselves and did not confirm),
 * subject marked as a test, with the newsletter's List-* headers; changes nothing else. Admins and
 * editors; at most `testSendLimit` per user (429 with Retry-After beyond). Answers `{ to, subject,
 * message }`, the message naming the address it went to (and the one waiting for its confirmation).
 */
export const createTestSendEndpoint = ({ usersSlug, ...args }: PreviewArgs & { usersSlug: string }): Endpoint => ({
  handler: async (req) => {
    const parsed = body.safeParse(await readJsonBody(req))
    if (!parsed.success) {
      const path = String(parsed.error.issues[0]?.path[0] ?? '')
      return errorResponse(400, [{ message: translate(req, 'plugin-ambassadors:issueTestSendBodyInvalid'), path }])
    }
    const preview = await loadPreview(req, args, parsed.data)
    if (preview instanceof Response || !req.user) {
      return preview instanceof Response ? preview : errorResponse(401, [{ message: translate(req, 'plugin-ambassadors:moveSignIn'), path: '' }])
    }
    const verified = (req.user as { verifiedEmail?: unknown }).verifiedEmail
    if (typeof verified !== 'string' || verified === '') {
      return errorResponse(409, [{ message: translate(req, 'plugin-ambassadors:issueTestSendNoVerifiedEmail'), path: 'email' }])
    }
    const recorded = await recordTestSend(req.payload, { user: req.user.id, usersSlug })
    if (!recorded.isAllowed) {
      const seconds = Math.max(1, Math.ceil(recorded.retryAfterMs / 1000))
      const message = translate(req, 'plugin-ambassadors:issueTestSendLimited', {
        max: testSendLimit.max,
        minutes: testSendLimit.windowMs / 60_000,
        wait: Math.ceil(seconds / 60),
      })
      const response = errorResponse(429, [{ message, path: '' }])
      response.headers.set('retry-after', String(seconds))
      return response
    }
    const to = verified
    const pending = normalizeEmail(String(req.user.email ?? '')) === to ? null : String(req.user.email)
    const prefix = translate(req, 'plugin-ambassadors:issueTestSendPrefix')
    await req.payload.sendEmail(testSendEmail(preview.message, { prefix, to }))
    const message = pending
      ? translate(req, 'plugin-ambassadors:issueTestSentPending', { pending, to })
      : translate(req, 'plugin-ambassadors:issueTestSent', { to })
    return Response.json({ message, subject: `${prefix} ${preview.message.subject}`, to })
  },
  method: 'post',
  path: '/:id/test-send',
})

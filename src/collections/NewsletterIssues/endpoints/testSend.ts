import type { Endpoint } from 'payload'

import { z } from 'zod'

import { errorResponse } from '../../../errors/errorResponse.ts'
import { readJsonBody } from '../../../utilities/readJsonBody.ts'
import { translate } from '../../../utilities/translate.ts'
import { loadPreview, type PreviewArgs } from './loadPreview.ts'

const body = z
  .object({
    ambassador: z.union([z.string().max(64), z.number().int().positive()]).optional(),
    segment: z.string().max(2000).optional(),
  })
  .strict()

/**
 * `POST /api/<newsletter-issues>/:id/test-send` `{ ambassador?, segment? }`: sends the preview to the
 * caller's own address, subject marked as a test, with the newsletter's List-* headers; changes nothing
 * else. Admins and editors. Answers `{ to, subject }`.
 */
export const createTestSendEndpoint = (args: PreviewArgs): Endpoint => ({
  handler: async (req) => {
    const parsed = body.safeParse(await readJsonBody(req))
    if (!parsed.success) {
      const path = String(parsed.error.issues[0]?.path[0] ?? '')
      return errorResponse(400, [{ message: translate(req, 'plugin-ambassadors:issueTestSendBodyInvalid'), path }])
    }
    const preview = await loadPreview(req, args, parsed.data)
    if (preview instanceof Response) {
      return preview
    }
    const to = String(req.user?.email ?? '')
    const { 'Message-ID': _messageId, ...headers } = preview.message.headers
    const subject = `${translate(req, 'plugin-ambassadors:issueTestSendPrefix')} ${preview.message.subject}`
    await req.payload.sendEmail({ headers, html: preview.message.html, subject, text: preview.message.text, to })
    return Response.json({ message: translate(req, 'plugin-ambassadors:issueTestSent', { to }), subject, to })
  },
  method: 'post',
  path: '/:id/test-send',
})

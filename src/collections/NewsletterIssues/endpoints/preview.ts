import type { Endpoint } from 'payload'

import { loadPreview, type PreviewArgs } from './loadPreview.ts'

/** The preview's HTML can only show itself: no script, no form, no navigation of the admin around it. */
const previewHeaders = {
  'cache-control': 'private, no-store',
  'content-security-policy': "sandbox; default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
}

/**
 * `GET /api/<newsletter-issues>/:id/preview?ambassador=ID` (or `?segment=KEY`): the HTML as that
 * ambassador (or that segment) would get it, for admins and editors, served sandboxed. With
 * `format=json`: `{ subject, html, text, headers, segment, segments }` for the admin's preview panel.
 */
export const createPreviewEndpoint = (args: PreviewArgs): Endpoint => ({
  handler: async (req) => {
    const preview = await loadPreview(req, args, { ambassador: req.query?.ambassador, segment: req.query?.segment })
    if (preview instanceof Response) {
      return preview
    }
    if (req.query?.format === 'json') {
      return Response.json({ ...preview.message, segment: preview.segment, segments: preview.segments }, { headers: { 'cache-control': 'private, no-store' } })
    }
    if (req.query?.format === 'text') {
      return new Response(preview.message.text, { headers: { ...previewHeaders, 'content-type': 'text/plain; charset=utf-8' } })
    }
    return new Response(preview.message.html, { headers: { ...previewHeaders, 'content-type': 'text/html; charset=utf-8' } })
  },
  method: 'get',
  path: '/:id/preview',
})

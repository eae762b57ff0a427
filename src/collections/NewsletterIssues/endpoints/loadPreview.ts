import type { PayloadRequest } from 'payload'

import type { RolePredicate } from '../../../access/rolePredicates.ts'
import type { BuildSettings } from '../../../newsletter/buildIssue.ts'
import type { StoredSegment } from '../../../newsletter/loadIssueContent.ts'
import type { NewsletterMessage } from '../../../newsletter/types.ts'

import { isIdOf } from '../../../access/mayAccessDocument.ts'
import { errorResponse } from '../../../errors/errorResponse.ts'
import { loadSegmentContent, recipientOf, segmentOfAmbassador } from '../../../newsletter/loadIssueContent.ts'
import { renderNewsletter } from '../../../newsletter/render/index.ts'
import { signToken } from '../../../newsletter/tokens.ts'
import { translate } from '../../../utilities/translate.ts'

export type PreviewArgs = { isEditorOrAdmin: RolePredicate; settings: BuildSettings }

export type Preview = { message: NewsletterMessage; segment: StoredSegment; segments: StoredSegment[] }

/**
 * The issue as one ambassador (`ambassador`), or one of its segments (`segment`, default: the first),
 * would get it, its links inert (preview tokens): the caller must be an editor or admin who may read the
 * issue and the ambassador. Answers the preview, or the error response to send.
 */
export const loadPreview = async (
  req: PayloadRequest,
  { isEditorOrAdmin, settings }: PreviewArgs,
  { ambassador, segment }: { ambassador?: unknown; segment?: unknown },
): Promise<Preview | Response> => {
  if (!req.user) {
    return errorResponse(401, [{ message: translate(req, 'plugin-ambassadors:moveSignIn'), path: '' }])
  }
  if (!isEditorOrAdmin({ req })) {
    return errorResponse(403, [{ message: translate(req, 'plugin-ambassadors:issuePreviewForbidden'), path: '' }])
  }
  const id = String(req.routeParams?.id ?? '')
  const issue = isIdOf(req, settings.slugs.newsletterIssues, id)
    ? ((await req.payload.findByID({
        collection: settings.slugs.newsletterIssues,
        depth: 0,
        disableErrors: true,
        id,
        overrideAccess: false,
        req,
        user: req.user,
      })) as Record<string, unknown> | null)
    : null
  if (!issue) {
    return errorResponse(404, [{ message: translate(req, 'plugin-ambassadors:inputNotFound'), path: 'id' }])
  }
  const segments = (Array.isArray(issue.segments) ? issue.segments : []) as StoredSegment[]
  let target: StoredSegment | undefined
  let recipient = undefined as ReturnType<typeof recipientOf> | undefined
  if (ambassador !== undefined && ambassador !== null && ambassador !== '') {
    const doc = isIdOf(req, settings.slugs.ambassadors, String(ambassador))
      ? ((await req.payload.findByID({
          collection: settings.slugs.ambassadors,
          depth: 0,
          disableErrors: true,
          id: String(ambassador),
          overrideAccess: false,
          req,
          user: req.user,
        })) as Record<string, unknown> | null)
      : null
    if (!doc) {
      return errorResponse(404, [{ message: translate(req, 'plugin-ambassadors:inputNotFound'), path: 'ambassador' }])
    }
    target = segmentOfAmbassador(doc)
    recipient = recipientOf(doc, req.payload.secret)
  } else {
    target = segment === undefined || segment === '' ? segments[0] : segments.find((candidate) => candidate.key === segment)
    if (!target && segment !== undefined && segment !== '') {
      return errorResponse(404, [{ message: translate(req, 'plugin-ambassadors:issuePreviewNoSegment'), path: 'segment' }])
    }
    const language = (req.user as { language?: string }).language === 'en' ? 'en' : 'fr'
    target ??= { audience: 0, businessLineNetwork: null, items: [], key: '', language, regionNetwork: null, themes: [] }
    const name = String((req.user as { name?: string }).name ?? '').split(' ')[0]
    recipient = {
      ...recipientOf({ email: String(req.user.email ?? ''), id: 'preview' }, req.payload.secret),
      ...(name ? { firstName: name } : {}),
    }
  }
  const content = await loadSegmentContent(req, settings, { issue, segment: target })
  // Inert links: a preview token shows the ambassador's pages and changes nothing, even from a test message.
  const previewToken = signToken('preview', { ambassador: recipient.ambassadorId }, req.payload.secret)
  const message = await renderNewsletter(content, { ...recipient, preferencesToken: previewToken, unsubscribeToken: previewToken })
  return { message, segment: target, segments }
}

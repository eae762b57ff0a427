import type { Endpoint, PayloadRequest } from 'payload'

import type { RolePredicate } from '../../../access/rolePredicates.ts'

import { isIdOf } from '../../../access/mayAccessDocument.ts'
import { newFeedToken } from '../../../calendar/feedToken.ts'
import { errorResponse } from '../../../errors/errorResponse.ts'
import { translate } from '../../../utilities/translate.ts'

/**
 * `POST /api/<editorial-calendars>/:id/rotate-feed-token`: issues a new feed secret, so the previous
 * feed URL stops working at once; answers `{ feedToken }`. Admins and editors who may update the
 * calendar; 401 signed out, 403 otherwise, 404 a calendar they cannot see.
 */
export const createRotateFeedTokenEndpoint = ({
  calendarsSlug,
  isEditorOrAdmin,
}: {
  calendarsSlug: string
  isEditorOrAdmin: RolePredicate
}): Endpoint => ({
  handler: async (req: PayloadRequest) => {
    if (!req.user) {
      return errorResponse(401, [{ message: translate(req, 'plugin-ambassadors:moveSignIn'), path: '' }])
    }
    const id = String(req.routeParams?.id ?? '')
    const calendar = isIdOf(req, calendarsSlug, id)
      ? await req.payload.findByID({
          collection: calendarsSlug,
          depth: 0,
          disableErrors: true,
          id,
          overrideAccess: false,
          req,
          user: req.user,
        })
      : null
    if (!calendar) {
      return errorResponse(404, [{ message: translate(req, 'plugin-ambassadors:inputNotFound'), path: 'id' }])
    }
    if (!isEditorOrAdmin({ req })) {
      return errorResponse(403, [{ message: translate(req, 'plugin-ambassadors:feedRotateForbidden'), path: '' }])
    }
    const feedToken = newFeedToken()
    // The field is read-only to every API caller; this endpoint is its one writer.
    await req.payload.update({ collection: calendarsSlug, data: { feedToken }, id, overrideAccess: true, req })
    return Response.json({ feedToken })
  },
  method: 'post',
  path: '/:id/rotate-feed-token',
})

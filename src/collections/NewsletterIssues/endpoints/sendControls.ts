import type { Endpoint, PayloadRequest } from 'payload'

import type { RolePredicate } from '../../../access/rolePredicates.ts'
import type { BuildSettings } from '../../../newsletter/buildIssue.ts'

import { isIdOf } from '../../../access/mayAccessDocument.ts'
import { freezeLockName, withAdvisoryLock } from '../../../database/advisoryLock.ts'
import { createIssueControlSql } from '../../../delivery/issueControlSql.ts'
import { freezeAudience } from '../../../delivery/freezeAudience.ts'
import { countAudience } from '../../../delivery/planAudience.ts'
import { estimateSendPace } from '../../../delivery/sendPace.ts'
import { errorResponse } from '../../../errors/errorResponse.ts'
import { translate } from '../../../utilities/translate.ts'

/** The controls that only read: what the view shows before and during a send. */
const readOnlyControls = ['audience', 'progress']

type Args = { isEditorOrAdmin: RolePredicate; settings: BuildSettings }

/** The issue the caller may see, or the error answer. */
const loadIssue = async (req: PayloadRequest, { isEditorOrAdmin, settings }: Args) => {
  if (!req.user) {
    return errorResponse(401, [{ message: translate(req, 'plugin-ambassadors:moveSignIn'), path: '' }])
  }
  if (!isEditorOrAdmin({ req })) {
    return errorResponse(403, [{ message: translate(req, 'plugin-ambassadors:issuePreviewForbidden'), path: '' }])
  }
  const id = String(req.routeParams?.id ?? '')
  const issue = isIdOf(req, settings.slugs.newsletterIssues, id)
    ? ((await req.payload.findByID({ collection: settings.slugs.newsletterIssues, depth: 0, disableErrors: true, id, overrideAccess: false, req, user: req.user })) as Record<string, unknown> | null)
    : null
  return issue ?? errorResponse(404, [{ message: translate(req, 'plugin-ambassadors:inputNotFound'), path: 'id' }])
}

const sqlOf = (req: PayloadRequest, settings: BuildSettings) =>
  createIssueControlSql(req.payload, { newsletterDeliveries: settings.slugs.newsletterDeliveries, newsletterIssues: settings.slugs.newsletterIssues })

const refused = (req: PayloadRequest, status: unknown) =>
  errorResponse(409, [{ message: translate(req, 'plugin-ambassadors:issueSendWrongState', { status: String(status) }), path: 'status' }])

/**
 * `POST …/:id/send`: freezes the audience of a draft (the call is the approval) or scheduled issue and
 * starts sending (the workers take it from there); `…/pause`, `…/resume`, `…/cancel`, `…/retry-uncertain`;
 * `GET …/:id/audience`: how many ambassadors a send now would go to (what the confirmation announces);
 * `GET …/:id/progress`: counts per state, pace, time left and the latest errors. Admins and editors; a
 * control that does not apply to the issue's state answers 409 naming `status`.
 */
export const createSendControlEndpoints = (args: Args): Endpoint[] => {
  const control = (path: string, handle: (req: PayloadRequest, issue: Record<string, unknown>) => Promise<Response>): Endpoint => ({
    handler: async (req) => {
      const issue = await loadIssue(req, args)
      return issue instanceof Response ? issue : handle(req, issue)
    },
    method: readOnlyControls.includes(path) ? 'get' : 'post',
    path: `/:id/${path}`,
  })
  const { settings } = args
  return [
    control('send', async (req, issue) => {
      if (issue.status !== 'draft' && issue.status !== 'scheduled') {
        return refused(req, issue.status)
      }
      const result = await withAdvisoryLock(req.payload, freezeLockName(String(issue.id)), () =>
        freezeAudience(req, settings, issue),
      )
      if (!result) {
        return refused(req, 'sending')
      }
      return Response.json({ ...result, message: translate(req, result.status === 'sending' ? 'plugin-ambassadors:issueSendStarted' : 'plugin-ambassadors:issueSendNobody', { audience: result.audience }) })
    }),
    control('pause', async (req, issue) =>
      (await sqlOf(req, settings).transition(issue.id as number, ['sending'], 'paused'))
        ? Response.json({ message: translate(req, 'plugin-ambassadors:issuePaused'), status: 'paused' })
        : refused(req, issue.status),
    ),
    control('resume', async (req, issue) =>
      (await sqlOf(req, settings).transition(issue.id as number, ['paused'], 'sending'))
        ? Response.json({ message: translate(req, 'plugin-ambassadors:issueResumed'), status: 'sending' })
        : refused(req, issue.status),
    ),
    control('cancel', async (req, issue) =>
      (await sqlOf(req, settings).transition(issue.id as number, ['draft', 'scheduled', 'sending', 'paused'], 'cancelled'))
        ? Response.json({ message: translate(req, 'plugin-ambassadors:issueCancelled'), status: 'cancelled' })
        : refused(req, issue.status),
    ),
    control('retry-uncertain', async (req, issue) => {
      const sql = sqlOf(req, settings)
      const count = await sql.retryUncertain(issue.id as number)
      if (count > 0 && issue.status === 'sent') {
        await sql.transition(issue.id as number, ['sent'], 'sending')
      }
      return Response.json({ count, message: translate(req, 'plugin-ambassadors:issueUncertainRetried', { count }) })
    }),
    control('audience', async (req, issue) =>
      Response.json({ audience: await countAudience(req, settings, issue) }, { headers: { 'cache-control': 'no-store' } }),
    ),
    control('progress', async (req, issue) => {
      const sql = sqlOf(req, settings)
      const [counts, recent, errors] = await Promise.all([sql.counts(issue.id as number), sql.recentSends(issue.id as number), sql.lastErrors(issue.id as number)])
      // Rows waiting for a retry go out at their own time: the estimate covers what is being sent now.
      const left = (counts.pending ?? 0) + (counts.sending ?? 0)
      return Response.json(
        {
          counts,
          lastErrors: errors,
          ...estimateSendPace({ left, sent: recent.count, windowSeconds: recent.seconds }),
          status: issue.status,
          total: Object.values(counts).reduce((sum, count) => sum + count, 0),
        },
        { headers: { 'cache-control': 'no-store' } },
      )
    }),
  ]
}

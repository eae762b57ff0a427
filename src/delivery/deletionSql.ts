import type { PayloadRequest } from 'payload'

import { freezeLockName } from '../database/advisoryLock.ts'
import { queryInRequest } from '../database/requestSql.ts'
import { tableOf } from './tables.ts'

type Id = number | string

/**
 * The statements a delete runs in the request's transaction, so that they commit or roll back with it:
 * one statement each, however many rows an ambassador or an issue has.
 */
export const createDeletionSql = (
  req: PayloadRequest,
  slugs: { engagementEvents: string; newsletterDeliveries: string; newsletterIssues: string },
) => {
  const deliveries = tableOf(req.payload, slugs.newsletterDeliveries)
  const events = tableOf(req.payload, slugs.engagementEvents)
  const issues = tableOf(req.payload, slugs.newsletterIssues)
  return {
    /** The ambassador's deliveries and events stay, as anonymous rows: the issues' counts and the figures hold. */
    detachAmbassador: async (ambassador: Id) => {
      await queryInRequest(req, `UPDATE ${deliveries} SET ambassador_id = NULL, updated_at = now() WHERE ambassador_id = $1`, [ambassador])
      await queryInRequest(req, `UPDATE ${events} SET ambassador_id = NULL, updated_at = now() WHERE ambassador_id = $1`, [ambassador])
    },

    /**
     * The issue's status, its row locked until the transaction ends, once no freeze is under way: the
     * freeze's advisory lock is taken for the transaction, so no worker or editor starts sending it meanwhile.
     */
    lockIssue: async (issue: Id): Promise<string | undefined> => {
      await queryInRequest(req, 'SELECT pg_advisory_xact_lock(hashtext($1))', [freezeLockName(issue)])
      const rows = await queryInRequest<{ status: string }>(req, `SELECT status::text AS status FROM ${issues} WHERE id = $1 FOR UPDATE`, [issue])
      return rows[0]?.status
    },

    /** A delivery is one issue to one ambassador: without its issue it records nothing. */
    deleteIssueDeliveries: async (issue: Id) => {
      await queryInRequest(req, `DELETE FROM ${deliveries} WHERE issue_id = $1`, [issue])
    },
  }
}

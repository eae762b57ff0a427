import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import type { AmbassadorsSlugMap } from '../types.ts'

import { createDeletionSql } from '../delivery/deletionSql.ts'
import { toLanguage } from '../translations/index.ts'
import { translate } from '../utilities/translate.ts'

/** Statuses in which workers hold or will take the issue's deliveries. */
const statusesBeingSent = ['sending', 'paused']

/**
 * Before an issue is deleted, in the request's transaction: refused with a 409 on `status` while it is
 * being sent (or paused: cancel it first); otherwise its deliveries go with it and its engagement events
 * stay, without the issue. The issue is locked first, so no send starts between the check and the delete.
 */
export const guardIssueDelete =
  ({
    slugs,
    statusLabels,
  }: {
    slugs: Pick<AmbassadorsSlugMap, 'engagementEvents' | 'newsletterDeliveries' | 'newsletterIssues'>
    statusLabels: Record<string, { en: string; fr: string }>
  }): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const sql = createDeletionSql(req, slugs)
    const status = await sql.lockIssue(id)
    if (status && statusesBeingSent.includes(status)) {
      const label = statusLabels[status]?.[toLanguage(req.i18n?.language)] ?? status
      const message = translate(req, 'plugin-ambassadors:issueDeleteWhileSending', { status: label })
      throw new APIError(message, 409, { errors: [{ message, path: 'status' }] }, true)
    }
    await sql.deleteIssueDeliveries(id)
  }

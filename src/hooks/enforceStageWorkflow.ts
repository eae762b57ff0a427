import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { AmbassadorsTranslationKey } from '../translations/index.ts'
import type { AmbassadorsSlugMap } from '../types.ts'
import type { Stage } from '../workflow/stages.ts'

import { toLanguage } from '../translations/index.ts'
import { translate } from '../utilities/translate.ts'
import { findAllowedStages } from '../workflow/findAllowedStages.ts'
import { isStage, stageLabels, stagesNeedingComment } from '../workflow/stages.ts'

const stageName = (req: PayloadRequest, stage: Stage) =>
  stageLabels[stage][toLanguage(req.i18n?.language)]

/** Request-context key: the current create or update of a content item saves a draft. */
export const draftSaveContextKey = 'ambassadorsDraftSave'

/**
 * Marks a draft save in the request's context for the change hooks. Payload fills a missing `_status`
 * from the stored document, so `data` alone cannot tell a draft save (`?draft=true`, "Save draft",
 * `draft: true`) from a publish; the operation's `draft` argument can.
 */
export const markDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update') {
    const { data, draft } = args as { data?: { _status?: unknown }; draft?: boolean }
    req.context = { ...req.context, [draftSaveContextKey]: Boolean(draft) && data?._status !== 'published' }
  }
  return args
}

/** True when the change under way is a draft save (see `markDraftSave`). */
export const isDraftSave = (req: PayloadRequest) => req.context?.[draftSaveContextKey] === true

/**
 * Checks every stage change against the editorial workflow, however it arrives (admin actions, REST,
 * GraphQL, Local API with a user). A refused move is a 400 on `stage` that lists the moves allowed;
 * moves that need a reason require `stageComment`. The comment of each move becomes `latestComment`
 * and the comment field is emptied for the next decision. Taking a suggestion into review assigns it.
 * A draft save never moves the stage: it keeps the item's stage and comment.
 * Writes without a user (the plugin's jobs, seeds) are trusted.
 */
export const enforceStageWorkflow =
  ({ slugs }: { slugs: AmbassadorsSlugMap }): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const user = req.user
    const fail = (path: string, key: AmbassadorsTranslationKey, vars?: Record<string, string>): never => {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ message: translate(req, key, vars), path }],
        req,
      }, req.t)
    }
    if (!user || user.collection !== slugs.users) {
      return data
    }
    if (data.stage !== undefined && data.stage !== null && !isStage(data.stage)) {
      fail('stage', 'plugin-ambassadors:stageUnknown')
    }
    if (data.stageComment !== undefined && data.stageComment !== null && typeof data.stageComment !== 'string') {
      fail('stageComment', 'plugin-ambassadors:stageCommentInvalid')
    }
    const from = isStage(originalDoc?.stage) ? originalDoc.stage : undefined
    if (operation === 'update' && isDraftSave(req)) {
      // The stage moves only with a published decision: a draft keeps the item's stage, and says nothing.
      const { stageComment: _ignored, ...rest } = data
      return from ? { ...rest, stage: from } : rest
    }
    const to = (data.stage ?? from) as Stage
    const comment = typeof data.stageComment === 'string' ? data.stageComment.trim() : ''
    if (operation === 'create' || !from || from === to) {
      return operation === 'create' ? { ...data, latestComment: comment || null, stageComment: null } : data
    }
    const allowed = await findAllowedStages({
      from,
      item: {
        assignee: originalDoc?.assignee,
        network: data.network === undefined ? originalDoc?.network : data.network,
        submittedBy: originalDoc?.submittedBy,
        themes: data.themes === undefined ? originalDoc?.themes : data.themes,
      },
      req,
      slugs,
    })
    if (!allowed.includes(to)) {
      const names = { from: stageName(req, from), to: stageName(req, to) }
      fail(
        'stage',
        allowed.length ? 'plugin-ambassadors:stageMoveNotAllowed' : 'plugin-ambassadors:stageMoveNone',
        { ...names, allowed: allowed.map((stage) => stageName(req, stage)).join(', ') },
      )
    }
    if (stagesNeedingComment.includes(to) && !comment) {
      fail('stageComment', 'plugin-ambassadors:stageCommentRequired')
    }
    const isTakingIntoReview = to === 'in-review'
    return {
      ...data,
      ...(isTakingIntoReview ? { assignee: user.id } : {}),
      latestComment: comment || null,
      stage: to,
      stageComment: null,
    }
  }

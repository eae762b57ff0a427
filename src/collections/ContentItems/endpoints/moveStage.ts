import type { Endpoint, PayloadRequest } from 'payload'

import { APIError, ValidationError } from 'payload'
import { z } from 'zod'

import type { AmbassadorsTranslationKey } from '../../../translations/index.ts'

import { errorResponse } from '../../../errors/errorResponse.ts'
import { lockedDocumentsSlug } from '../../../access/lockedDocumentsAccess.ts'
import { isIdOf } from '../../../access/mayAccessDocument.ts'
import { translate } from '../../../utilities/translate.ts'
import { toLanguage } from '../../../translations/index.ts'
import { contentStages, stageLabels } from '../../../workflow/stages.ts'

/** Longest decision comment the endpoint accepts. */
export const moveCommentMaxLength = 4000

const moveBody = z
  .object({
    comment: z.string().max(moveCommentMaxLength).nullish(),
    stage: z.enum(contentStages),
  })
  .strict()


/** Reads the JSON body; `undefined` when it is missing or not JSON. */
const readBody = async (req: PayloadRequest): Promise<unknown> => {
  try {
    return req.json ? await req.json() : undefined
  } catch {
    return undefined
  }
}

/**
 * `POST /api/<content-items>/:id/move` `{ stage, comment? }`: one workflow decision, applied at once
 * with the caller's own rights (`overrideAccess: false`), so the collection's access and the workflow
 * hook decide exactly as for any other update. Answers `200 { doc: { id, stage, latestComment } }`,
 * or Payload's error shape `{ errors: [{ message, path }] }` in the caller's language: 400 for a
 * malformed body or a move the workflow refuses, 401 signed out, 403 not allowed to update the item,
 * 404 an item they cannot see.
 */
export const createMoveStageEndpoint = ({
  contentItemsSlug,
  usersSlug,
}: {
  contentItemsSlug: string
  usersSlug: string
}): Endpoint => ({
  handler: async (req) => {
    const t = (key: AmbassadorsTranslationKey, vars?: Record<string, number | string>) => translate(req, key, vars)
    const user = req.user
    if (!user || user.collection !== usersSlug) {
      return errorResponse(401, [{ message: t('plugin-ambassadors:moveSignIn'), path: '' }])
    }
    const id = String(req.routeParams?.id ?? '')
    if (!isIdOf(req, contentItemsSlug, id)) {
      return errorResponse(404, [{ message: t('plugin-ambassadors:moveNotFound'), path: 'id' }])
    }
    const parsed = moveBody.safeParse(await readBody(req))
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const path = String(issue?.path[0] ?? '')
      const message =
        path === 'stage'
          ? t('plugin-ambassadors:stageUnknown')
          : path === 'comment' && issue?.code === 'too_big'
            ? t('plugin-ambassadors:moveCommentTooLong', { max: moveCommentMaxLength })
            : path === 'comment'
              ? t('plugin-ambassadors:stageCommentInvalid')
              : t('plugin-ambassadors:moveBodyInvalid')
      return errorResponse(400, [{ message, path }])
    }
    const item = await req.payload.findByID({
      collection: contentItemsSlug,
      depth: 0,
      disableErrors: true,
      draft: true,
      id,
      overrideAccess: false,
      req,
      select: { stage: true },
      user,
    })
    if (!item) {
      return errorResponse(404, [{ message: t('plugin-ambassadors:moveNotFound'), path: 'id' }])
    }
    const { comment, stage } = parsed.data
    if (item.stage === stage) {
      const stageName = stageLabels[stage][toLanguage(req.i18n?.language)]
      return errorResponse(400, [{ message: t('plugin-ambassadors:moveSameStage', { stage: stageName }), path: 'stage' }])
    }
    try {
      const doc = await req.payload.update({
        collection: contentItemsSlug,
        data: { _status: 'published', stage, stageComment: comment ?? null },
        depth: 0,
        id,
        overrideAccess: false,
        req,
        select: { latestComment: true, stage: true },
        user,
      })
      // The decision is taken: the caller's edit lock on the item goes, so the referent who follows the
      // email link right away is not told the item is locked.
      await req.payload.db.deleteMany({
        collection: lockedDocumentsSlug,
        req,
        where: {
          and: [
            { 'document.relationTo': { equals: contentItemsSlug } },
            { 'document.value': { equals: doc.id } },
            { 'user.relationTo': { equals: user.collection } },
            { 'user.value': { equals: user.id } },
          ],
        },
      })
      return Response.json({ doc: { id: doc.id, latestComment: doc.latestComment ?? null, stage: doc.stage } })
    } catch (error) {
      if (error instanceof ValidationError) {
        return errorResponse(
          400,
          error.data.errors.map(({ message, path }) => ({ message, path: String(path ?? '') })),
        )
      }
      if (error instanceof APIError && error.status >= 400 && error.status < 500) {
        return errorResponse(error.status, [{ message: error.message, path: '' }])
      }
      throw error
    }
  },
  method: 'post',
  path: '/:id/move',
})

import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'
import { z } from 'zod'

import type { RolePredicates } from '../../../access/rolePredicates.ts'
import type { ImportMessageKey } from '../../../newsletter/import/types.ts'
import type { AmbassadorsSlugMap, EngagementContext } from '../../../types.ts'

import { errorResponse } from '../../../errors/errorResponse.ts'
import { decodeCsvBytes } from '../../../newsletter/import/decodeCsv.ts'
import { importAmbassadors } from '../../../newsletter/import/importAmbassadors.ts'
import { maxImportBytes } from '../../../newsletter/import/limits.ts'
import { readLimitedBytes } from '../../../newsletter/import/readLimitedBytes.ts'
import { translate } from '../../../utilities/translate.ts'
import { importChoices } from './importChoices.ts'

const jsonBody = z.object({ csv: z.string(), dryRun: z.boolean().optional() }).strict()

const dryRunParameter = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((value) => value === 'true' || value === '1')

/** Content types a CSV file arrives with, from scripts (`text/csv`) and browsers (Excel's own type). */
const isCsvType = (type: string) =>
  type === '' || type.startsWith('text/') || type === 'application/csv' || type === 'application/vnd.ms-excel'

/**
 * `POST /api/<ambassadors>/import`: imports ambassadors from a CSV file, sent as the body
 * (`text/csv`, with `?dryRun=true` to only check) or as JSON `{ "csv": "…", "dryRun"?: boolean }`.
 * Admins and editors: 401 signed out, 403 otherwise. All or nothing: `200 { created, updated,
 * unchanged, errors: [], warnings, warningCount }` when every row is valid (a dry run writes nothing),
 * else `400` with the errors by row and field (`{ row, field, column, message, path }`, the first 1,000,
 * and `errorCount`) and nothing written; at most 1,000 warnings are listed, `warningCount` counts them
 * all. 400 for a header of more than 1,000 columns or a row of more than 100,000 characters; 413 above
 * 5 MB or 20,000 rows, 415 for another content type, 400 for a malformed JSON body.
 */
export const createImportEndpoints = ({
  predicates,
  slugs,
}: {
  predicates: RolePredicates
  slugs: AmbassadorsSlugMap
}): Endpoint[] => {
  const choices = importChoices()
  const handler = async (req: PayloadRequest): Promise<Response> => {
    const t = (key: ImportMessageKey, vars?: Record<string, number | string>) => translate(req, key, vars)
    if (!req.user) {
      return errorResponse(401, [{ message: t('plugin-ambassadors:importSignIn'), path: '' }])
    }
    if (!predicates.isEditorOrAdmin({ req })) {
      return errorResponse(403, [{ message: t('plugin-ambassadors:importForbidden'), path: '' }])
    }
    const dryRunQuery = dryRunParameter.safeParse(req.query?.dryRun)
    if (!dryRunQuery.success) {
      return errorResponse(400, [{ message: t('plugin-ambassadors:importDryRunInvalid'), path: 'dryRun' }])
    }
    const type = (req.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
    const isJson = type === 'application/json'
    if (!isJson && !isCsvType(type)) {
      return errorResponse(415, [{ message: t('plugin-ambassadors:importBodyInvalid'), path: '' }])
    }
    const tooLarge = () =>
      errorResponse(413, [{ message: t('plugin-ambassadors:importTooLarge', { max: maxImportBytes / 1024 / 1024 }), path: 'csv' }])
    // JSON escapes quotes and line breaks: its body may be up to twice the file it carries.
    const limit = isJson ? maxImportBytes * 2 : maxImportBytes
    const bytes = Number(req.headers.get('content-length')) > limit ? null : await readLimitedBytes(req.body, limit)
    if (!bytes) return tooLarge()

    let csv = ''
    let dryRun = dryRunQuery.data
    if (isJson) {
      let value: unknown
      try {
        value = JSON.parse(new TextDecoder().decode(bytes))
      } catch {
        value = undefined
      }
      const body = jsonBody.safeParse(value)
      if (!body.success) {
        const path = String(body.error.issues[0]?.path[0] ?? '')
        return errorResponse(400, [{ message: t('plugin-ambassadors:importBodyInvalid'), path }])
      }
      if (new TextEncoder().encode(body.data.csv).byteLength > maxImportBytes) return tooLarge()
      csv = body.data.csv
      dryRun = body.data.dryRun ?? dryRun
    } else {
      csv = decodeCsvBytes(bytes)
    }

    try {
      // The engagement events of the opt-ins and preference changes an import makes say so.
      const context: EngagementContext = { ambassadorsEngagementSource: 'import' }
      const report = await importAmbassadors({ choices, context, csv, dryRun, req, slugs, translate: t })
      return Response.json(report, {
        headers: { 'cache-control': 'no-store' },
        status: report.errorCount > 0 ? 400 : 200,
      })
    } catch (error) {
      if (error instanceof APIError && error.status >= 400 && error.status < 500) {
        const path = (error.data as { path?: unknown } | undefined)?.path
        return errorResponse(error.status, [{ message: error.message, path: typeof path === 'string' ? path : '' }])
      }
      throw error
    }
  }
  return [{ handler, method: 'post', path: '/import' }]
}

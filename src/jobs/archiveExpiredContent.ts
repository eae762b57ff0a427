import type { TaskConfig } from 'payload'

import type { SanitizedAmbassadorsOptions } from '../options.ts'

import { taskSlugs } from './taskSlugs.ts'

type ArchiveIO = { input: object; output: { archived: number } }

/** Context flag for writes made by the plugin's own jobs (not a user's editorial decision). */
export const systemWriteContext = { ambassadorsSystemWrite: true }

/**
 * Every night, approved content whose validity has ended leaves the shelf (stage `archived`), so no
 * newsletter offers an expired post. Idempotent: a second run finds nothing to archive.
 */
export const createArchiveExpiredContentTask = ({
  enabled,
  jobsQueue,
  slugs,
}: Pick<SanitizedAmbassadorsOptions, 'enabled' | 'jobsQueue' | 'slugs'>): TaskConfig<ArchiveIO> => ({
  slug: taskSlugs.archiveExpiredContent,
  handler: async ({ req }) => {
    const { docs, errors } = await req.payload.update({
      collection: slugs.contentItems,
      context: systemWriteContext,
      data: { stage: 'archived' },
      depth: 0,
      req,
      where: {
        and: [{ stage: { equals: 'approved' } }, { validUntil: { less_than: new Date().toISOString() } }],
      },
    })
    if (errors.length) {
      throw new Error(
        `archiveExpiredContent: ${errors.length} item(s) could not be archived: ${errors
          .map((error) => `${error.id}: ${error.message}`)
          .join('; ')}`,
      )
    }
    return { output: { archived: docs.length } }
  },
  label: 'Archive expired content',
  outputSchema: [{ name: 'archived', type: 'number', required: true }],
  retries: 2,
  schedule: enabled ? [{ cron: '0 0 3 * * *', queue: jobsQueue }] : undefined,
})

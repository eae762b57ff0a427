import type { SanitizedConfig } from 'payload'

import type { RolePredicate } from '../access/rolePredicates.ts'

import { createLockedDocumentsAccess, lockedDocumentsSlug } from '../access/lockedDocumentsAccess.ts'

/** Payload's global of scheduler runs (fixed slug, not exported by `payload`). */
export const jobsStatsGlobalSlug = 'payload-jobs-stats'

/**
 * Closes what Payload adds, open to every signed-in user, after the plugins have run: document locks
 * (`payload-locked-documents`) and, with `lockDownJobs`, the scheduler's `payload-jobs-stats` global
 * (admins only). Payload builds both while sanitizing the config and offers no override, so this runs
 * on the sanitized config, at init. Payload's own writes to both go through its database adapter.
 */
export const closeOpenDefaults = (
  config: SanitizedConfig,
  { isAdmin, lockDownJobs }: { isAdmin: RolePredicate; lockDownJobs: boolean },
): void => {
  const locks = config.collections.find(({ slug }) => slug === lockedDocumentsSlug)
  if (locks) {
    Object.assign(locks.access, createLockedDocumentsAccess({ isAdmin }))
  }
  const jobsStats = config.globals.find(({ slug }) => slug === jobsStatsGlobalSlug)
  if (jobsStats && lockDownJobs) {
    Object.assign(jobsStats.access, { read: isAdmin, readDrafts: isAdmin, readVersions: isAdmin, update: isAdmin })
  }
}

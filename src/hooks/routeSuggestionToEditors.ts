import type { CollectionBeforeChangeHook } from 'payload'

import type { SanitizedAmbassadorsOptions } from '../options.ts'

import { addWorkingDays } from '../utilities/addWorkingDays.ts'
import { findReviewers } from '../workflow/findReviewers.ts'
import { pickLeastBusyReviewer } from '../workflow/pickLeastBusyReviewer.ts'
import { idOf, idsOf } from '../utilities/idOf.ts'

/**
 * A new suggestion goes to its network's editors (and its themes' editors), is assigned to the one
 * with the fewest open items, and gets a due date a service level of working days away. A network with
 * no editor routes to the admins, and the item says so. Runs in the request's transaction.
 */
export const routeSuggestionToEditors =
  ({
    holidayCountry,
    reviewServiceLevelDays,
    slugs,
    timeZone,
  }: Pick<SanitizedAmbassadorsOptions, 'holidayCountry' | 'reviewServiceLevelDays' | 'slugs' | 'timeZone'>): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create' || data.stage !== 'suggested') {
      return data
    }
        const reviewers = await findReviewers({ networkId: idOf(data.network), req, slugs, themeIds: idsOf(data.themes) })
    const assignee =
      data.assignee ??
      (await pickLeastBusyReviewer({ contentItemsSlug: slugs.contentItems, req, reviewerIds: reviewers.ids }))
    const submittedAt = new Date()
    return {
      ...data,
      assignee: assignee ?? null,
      dueDate:
        data.dueDate ??
        addWorkingDays(submittedAt, reviewServiceLevelDays, {
          country: holidayCountry,
          timeZone: timeZone,
        }).toISOString(),
      isRoutedToAdmins: reviewers.isFallbackToAdmins,
      routedTo: reviewers.ids,
      submittedAt: submittedAt.toISOString(),
    }
  }

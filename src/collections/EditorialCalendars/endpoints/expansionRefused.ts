import type { PayloadRequest } from 'payload'

import { CalendarTooLongError } from '../../../calendar/expansionBudget.ts'
import { errorResponse } from '../../../errors/errorResponse.ts'
import { translate } from '../../../utilities/translate.ts'

/**
 * Runs an expansion for a request (an endpoint's answer that expands a calendar): a calendar past its
 * expansion budget answers 422 naming the cadence's rule (`cadences.3.rrule`) and why, in the caller's
 * language; any other error goes on.
 */
export const answerUnlessTooLong = async (req: PayloadRequest, expand: () => Promise<Response> | Response): Promise<Response> => {
  try {
    return await expand()
  } catch (error) {
    if (!(error instanceof CalendarTooLongError)) {
      throw error
    }
    return errorResponse(422, [{ message: translate(req, 'plugin-ambassadors:calendarTooLong', { label: error.label }), path: error.path }])
  }
}

/** The statuses a person may give a new issue: a draft, or a scheduled issue (approved at once). */
export const statusesPeopleSet = ['draft', 'scheduled']

/**
 * The statuses a person may choose for an issue in `status` (a new issue: undefined): between draft and
 * scheduled (approving a draft, or taking the approval back); every other status is the plugin's own,
 * written by its jobs, and offers nothing but itself.
 */
export const statusChoicesFrom = (status: unknown): string[] => {
  if (status === undefined || status === null) {
    return statusesPeopleSet
  }
  return statusesPeopleSet.includes(String(status)) ? statusesPeopleSet : [String(status)]
}

/** Whether the plugin owns the status: no person chooses another. */
export const isStatusThePlugins = (status: unknown): boolean => status !== undefined && status !== null && !statusesPeopleSet.includes(String(status))

import type { Payload } from 'payload'

import type { CalendarData, PhaseKind } from '../../calendar/types.ts'

/**
 * The calendar with each phase's cohort: how many active or pending ambassadors are in a phase of its
 * kind, for the warnings when a cohort strays from the seeds' ranges. One count per kind in use.
 */
export const withPhaseCohorts = async (
  payload: Payload,
  ambassadorsSlug: string,
  calendar: CalendarData,
): Promise<CalendarData> => {
  const kinds = [...new Set((calendar.phases ?? []).map((phase) => phase.kind))]
  if (kinds.length === 0) {
    return calendar
  }
  const counts = new Map<PhaseKind, number>()
  await Promise.all(
    kinds.map(async (kind) => {
      const { totalDocs } = await payload.count({
        collection: ambassadorsSlug,
        overrideAccess: true,
        where: { and: [{ phase: { equals: kind } }, { status: { in: ['active', 'pending'] } }] },
      })
      counts.set(kind, totalDocs)
    }),
  )
  return {
    ...calendar,
    phases: (calendar.phases ?? []).map((phase) => ({ ...phase, ambassadorCount: counts.get(phase.kind) ?? 0 })),
  }
}

import { phaseRanges } from '../defaults.ts'
import { daysBetween } from './days.ts'
import type { CalendarPhase, PhaseWarning } from './types.ts'

const outside = (value: number, [min, max]: readonly [number, number]) => value < min || value > max

/**
 * What in a phase strays from the seeds' ranges (beta: 5-10 people for 2-6 weeks; primo: 30-100 for 3-6
 * months): its target size, its duration (days given as `YYYY-MM-DD`), and the ambassadors actually in it.
 */
export const phaseWarnings = (
  phase: Pick<CalendarPhase, 'ambassadorCount' | 'kind' | 'targetSize'> & { endDay?: string; startDay: string },
): PhaseWarning[] => {
  const ranges = phase.kind === 'continuous' ? undefined : phaseRanges[phase.kind]
  if (!ranges) {
    return []
  }
  const warnings: PhaseWarning[] = []
  const [minPeople, maxPeople] = ranges.people
  const [minWeeks, maxWeeks] = ranges.weeks
  if (typeof phase.targetSize === 'number' && outside(phase.targetSize, ranges.people)) {
    warnings.push({ code: 'targetSizeOutside', max: maxPeople, min: minPeople, unit: 'people', value: phase.targetSize })
  }
  if (typeof phase.ambassadorCount === 'number' && outside(phase.ambassadorCount, ranges.people)) {
    warnings.push({ code: 'cohortOutside', max: maxPeople, min: minPeople, unit: 'people', value: phase.ambassadorCount })
  }
  if (phase.endDay) {
    const weeks = Math.round(((daysBetween(phase.startDay, phase.endDay) + 1) / 7) * 10) / 10
    if (outside(weeks, ranges.weeks)) {
      warnings.push({ code: 'durationOutside', max: maxWeeks, min: minWeeks, unit: 'weeks', value: weeks })
    }
  }
  return warnings
}

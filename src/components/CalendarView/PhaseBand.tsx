import { Link } from '@payloadcms/ui'
import React from 'react'

import type { CalendarMonthProps } from './CalendarMonth.tsx'
import type { PhaseBand as PhaseBandData } from './monthGrid.ts'

import { baseClass, joinClasses, phaseClass, phaseKeys, warningKeys } from './calendarLabels.ts'

/** A phase as a band across the days of a week it covers, with its range, target size and warnings. */
export const PhaseBand = ({
  band,
  calendarHref,
  numbers,
  range,
  shaded,
  t,
}: Pick<CalendarMonthProps, 'calendarHref' | 't'> & {
  band: PhaseBandData
  numbers: Intl.NumberFormat
  range: string
  shaded: boolean
}) => {
  const { occurrence } = band
  const kindKey = occurrence.kind ? phaseKeys[occurrence.kind] : undefined
  const target =
    typeof occurrence.targetSize === 'number'
      ? t('plugin-ambassadors:calendarPhaseTarget', { count: numbers.format(occurrence.targetSize) })
      : undefined
  const warnings = band.isFirstVisible
    ? (occurrence.warnings ?? []).map((warning) =>
        t(warningKeys[warning.code], {
          max: numbers.format(warning.max),
          min: numbers.format(warning.min),
          value: numbers.format(warning.value),
        }),
      )
    : []
  const title = [kindKey ? t(kindKey) : undefined, range, target].filter(Boolean).join(' · ')
  return (
    <td
      className={joinClasses(`${baseClass}__band-cell`, shaded && `${baseClass}__shaded`)}
      colSpan={band.span}
      data-phase={occurrence.kind}
    >
      <div
        className={joinClasses(
          `${baseClass}__phase`,
          phaseClass(occurrence.kind),
          band.continuesBefore && `${baseClass}__phase--continues-before`,
          band.continuesAfter && `${baseClass}__phase--continues-after`,
        )}
      >
        <Link className={`${baseClass}__phase-link`} href={calendarHref} prefetch={false} title={title}>
          {occurrence.label}
          {band.isFirstVisible ? <span className={`${baseClass}__phase-range`}> · {range}</span> : null}
        </Link>
        {warnings.map((warning) => (
          <span className={`${baseClass}__warning`} key={warning}>
            {warning}
          </span>
        ))}
      </div>
    </td>
  )
}

'use client'

import { useRowLabel, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../../translations/index.ts'
import type { RelaunchSettings } from './relaunchOfRow.ts'

import { adminDay, relaunchOfRow } from './relaunchOfRow.ts'

/**
 * A collapsed array row titled by one of its fields (a cadence's label, a dead period's name). With
 * `relaunch`, a dead period's row also says when its relaunch is, so the proposed day shows without opening it.
 */
export const ArrayRowLabel = ({ field, relaunch }: { field: string; relaunch?: RelaunchSettings }) => {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const { t } = useTranslation<AmbassadorsTranslationsObject, AmbassadorsTranslationKey>()
  const value = data?.[field]
  const title = typeof value === 'string' && value.trim() ? value : String((rowNumber ?? 0) + 1).padStart(2, '0')
  const when = relaunch ? relaunchOfRow(data, relaunch) : null
  const detail = !when
    ? null
    : when.kind === 'dropped'
      ? t('plugin-ambassadors:rowRelaunchDropped')
      : t(`plugin-ambassadors:rowRelaunch${when.kind === 'accepted' ? 'Accepted' : when.kind === 'moved' ? 'Moved' : 'Proposed'}`, {
          day: adminDay(when.day),
        })
  return (
    <span className="array-row-label">
      {title}
      {detail ? ` · ${detail}` : null}
    </span>
  )
}

'use client'

import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

/** A collapsed array row titled by one of its fields (a cadence's label, a dead period's name). */
export const ArrayRowLabel = ({ field }: { field: string }) => {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const value = data?.[field]
  return <span>{typeof value === 'string' && value.trim() ? value : String((rowNumber ?? 0) + 1).padStart(2, '0')}</span>
}

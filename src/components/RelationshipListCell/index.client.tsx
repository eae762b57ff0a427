'use client'

import type { DefaultCellComponentProps } from 'payload'

import { useConfig, useIntersect, useListRelationships, useTranslation } from '@payloadcms/ui'
import { formatDocTitle } from '@payloadcms/ui/shared'
import React, { useEffect, useState } from 'react'

import type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../../translations/index.ts'

import { relationshipCellValues } from './relationshipCellValues.ts'
import './index.css'

const baseClass = 'relationship-list-cell'

/** As Payload's own cell: at most this many titles, then "and N more". */
const shown = 3

/**
 * A list column of one of the plugin's relationships, as Payload's cell loads it (once the row scrolls into
 * view, all visible cells in one request per collection) but never showing "<Pas de …>": "…" until the
 * titles arrive, "—" when there is nothing.
 */
export const RelationshipListCell = ({ cellData, field }: DefaultCellComponentProps) => {
  const { i18n, t } = useTranslation<AmbassadorsTranslationsObject, AmbassadorsTranslationKey>()
  const { config, getEntityConfig } = useConfig()
  const { documents, getRelationships } = useListRelationships()
  const [intersectionRef, entry] = useIntersect()
  const [requested, setRequested] = useState(false)
  const relationTo = 'relationTo' in field ? field.relationTo : undefined
  const values = relationshipCellValues(cellData, relationTo)
  const isVisible = Boolean(entry?.isIntersecting)

  useEffect(() => {
    if (isVisible && !requested && values.length > 0) {
      getRelationships(values.slice(0, shown))
      setRequested(true)
    }
  }, [getRelationships, isVisible, requested, values])

  if (values.length === 0) {
    return (
      <span className={`${baseClass} ${baseClass}--empty`} ref={intersectionRef}>
        —
      </span>
    )
  }
  const titles = values.slice(0, shown).map(({ relationTo: slug, value }) => {
    const document = documents[slug]?.[value]
    if (document === undefined || document === null) {
      return null
    }
    const fallback = `${t('general:untitled')} - ID: ${value}`
    return document === false
      ? fallback
      : formatDocTitle({
          collectionConfig: getEntityConfig({ collectionSlug: slug }),
          data: document,
          dateFormat: config.admin.dateFormat,
          fallback,
          i18n,
        })
  })
  const isLoading = titles.some((title) => title === null)
  return (
    <span aria-busy={isLoading} className={baseClass} ref={intersectionRef}>
      {isLoading ? (
        <span aria-label={t('general:loading')}>…</span>
      ) : (
        titles.join(', ')
      )}
      {values.length > shown ? ` ${t('plugin-ambassadors:listCellMore', { count: values.length - shown })}` : null}
    </span>
  )
}

'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../../translations/index.ts'

import { type SocialNetwork, shareTextLimits } from '../../defaults.ts'
import { formatCount } from './formatCount.ts'
import './index.css'

const baseClass = 'share-text-counter'


const isSocialNetwork = (value: unknown): value is SocialNetwork =>
  typeof value === 'string' && value in shareTextLimits

/**
 * Under a share text: its length against its network's limit, counted live as the validator counts it
 * (Unicode code points), so an editor sees an X post run over before saving.
 */
export const ShareTextCounter = ({ path }: { path: string }) => {
  const { i18n, t } = useTranslation<AmbassadorsTranslationsObject, AmbassadorsTranslationKey>()
  const networkPath = path.replace(/text$/, 'network')
  const text = useFormFields(([fields]) => fields[path]?.value)
  const network = useFormFields(([fields]) => fields[networkPath]?.value)
  if (!isSocialNetwork(network)) {
    return null
  }
  const count = typeof text === 'string' ? [...text].length : 0
  const limit = shareTextLimits[network]
  const isOver = count > limit
  return (
    <p aria-live="polite" className={`${baseClass}${isOver ? ` ${baseClass}--over` : ''}`}>
      {t('plugin-ambassadors:shareTextCount', {
        count: formatCount(count, i18n.language),
        limit: formatCount(limit, i18n.language),
      })}
    </p>
  )
}

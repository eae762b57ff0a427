'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../../translations/index.ts'

import { toLanguage } from '../../translations/index.ts'
import { isStage, stageLabels } from '../../workflow/stages.ts'

import './index.css'

const baseClass = 'stage-status'

/** The item's stage where Payload shows "Published" / "Draft", and whether it has unpublished changes. */
export const StageStatusClient = () => {
  const { i18n, t } = useTranslation<AmbassadorsTranslationsObject, AmbassadorsTranslationKey>()
  const { hasPublishedDoc, id, unpublishedVersionCount } = useDocumentInfo()
  const stage = useFormFields(([fields]) => fields.stage?.value)
  if (!id || !isStage(stage)) {
    return null
  }
  return (
    <div className={baseClass}>
      <span className={`${baseClass}__label`}>{t('plugin-ambassadors:statusStage')}</span>{' '}
      <span className={`${baseClass}__value`} data-stage={stage}>
        {stageLabels[stage][toLanguage(i18n.language)]}
      </span>
      {hasPublishedDoc && unpublishedVersionCount > 0 ? (
        <span className={`${baseClass}__note`}> · {t('plugin-ambassadors:statusUnpublished')}</span>
      ) : null}
    </div>
  )
}

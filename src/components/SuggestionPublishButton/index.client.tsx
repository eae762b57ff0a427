'use client'

import { PublishButton, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../../translations/index.ts'

export type SuggestionPublishButtonClientProps = {
  /** Only a referent (neither editor nor admin) gets the suggestion's words. */
  isReferent: boolean
}

/**
 * Payload's publish button with a label saying what a referent's click does: send a new suggestion,
 * update one already sent, or save a revision asked for (sent again from the workflow panel).
 */
export const SuggestionPublishButtonClient = ({ isReferent }: SuggestionPublishButtonClientProps) => {
  const { t } = useTranslation<AmbassadorsTranslationsObject, AmbassadorsTranslationKey>()
  const { id } = useDocumentInfo()
  const stage = useFormFields(([fields]) => fields.stage?.value)
  if (!isReferent) {
    return <PublishButton />
  }
  const label = !id
    ? t('plugin-ambassadors:publishSendSuggestion')
    : stage === 'changes-requested'
      ? t('plugin-ambassadors:publishSaveRevision')
      : t('plugin-ambassadors:publishUpdateSuggestion')
  return <PublishButton label={label} />
}

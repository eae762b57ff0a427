'use client'

import { Button, ConfirmationModal, toast, useConfig, useDocumentInfo, useFormFields, useModal, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../../translations/index.ts'

import './index.css'

const baseClass = 'feed-url'

/**
 * In a calendar's sidebar: the full iCal feed URL to paste in Outlook or Google Calendar, a copy button,
 * and a button that issues a new secret (the old URL stops working at once).
 */
export const FeedUrl = () => {
  const { t } = useTranslation<AmbassadorsTranslationsObject, AmbassadorsTranslationKey>()
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const savedToken = useFormFields(([fields]) => fields.feedToken?.value)
  const [token, setToken] = useState<string | undefined>(undefined)
  const [busy, setBusy] = useState(false)
  const { openModal } = useModal()
  const current = token ?? (typeof savedToken === 'string' ? savedToken : undefined)
  if (!id || !current) {
    return null
  }
  const modalSlug = `${baseClass}-rotate-${String(id).replace(/[^a-z0-9]/gi, '')}`
  const origin = serverURL || (typeof window === 'undefined' ? '' : window.location.origin)
  const url = `${origin}${api}/${collectionSlug}/${id}/ical?token=${encodeURIComponent(current)}`
  const copy = async () => {
    await navigator.clipboard?.writeText(url)
    toast.success(t('plugin-ambassadors:feedCopied'))
  }
  const rotate = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${origin}${api}/${collectionSlug}/${id}/rotate-feed-token`, {
        credentials: 'include',
        method: 'POST',
      })
      const body = (await response.json()) as { errors?: { message: string }[]; feedToken?: string }
      if (!response.ok || !body.feedToken) {
        throw new Error(body.errors?.[0]?.message ?? response.statusText)
      }
      setToken(body.feedToken)
      toast.success(t('plugin-ambassadors:feedRotated'))
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className={baseClass}>
      <label className="field-label" htmlFor={`${baseClass}-input`}>
        {t('plugin-ambassadors:feedUrl')}
      </label>
      <input className={`${baseClass}__input`} id={`${baseClass}-input`} readOnly type="text" value={url} />
      <p className={`${baseClass}__help`}>{t('plugin-ambassadors:feedHelp')}</p>
      <div className={`${baseClass}__actions`}>
        <Button buttonStyle="secondary" onClick={() => void copy()} size="small">
          {t('plugin-ambassadors:feedCopy')}
        </Button>
        <Button buttonStyle="secondary" disabled={busy} onClick={() => openModal(modalSlug)} size="small">
          {t('plugin-ambassadors:feedRotate')}
        </Button>
      </div>
      <ConfirmationModal
        body={t('plugin-ambassadors:feedRotateConfirmBody')}
        cancelLabel={t('plugin-ambassadors:feedRotateConfirmKeep')}
        confirmingLabel={t('plugin-ambassadors:feedRotateWorking')}
        confirmLabel={t('plugin-ambassadors:feedRotateConfirmGo')}
        heading={t('plugin-ambassadors:feedRotateConfirmTitle')}
        modalSlug={modalSlug}
        onConfirm={rotate}
      />
    </div>
  )
}

'use client'

import { Button, toast, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React from 'react'

import type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../../translations/index.ts'

import './index.css'

const baseClass = 'build-issue-button'

export type BuildIssueButtonClientProps = {
  /** The calendars the user may build from, sorted by name; the first is the default. */
  calendars: { label: string; value: string }[]
  /** The issues collection's admin path: the built issue opens at `<collectionPath>/<id>`. */
  collectionPath: string
  /** URL of the collection's `build` endpoint. */
  endpoint: string
}

type BuildAnswer = {
  created?: boolean
  deadPeriod?: string
  doc?: { id: number | string }
  errors?: { message?: string }[]
  message?: string
  skipped?: boolean
}

/**
 * "Build the next issue": a calendar select when there are several, and the button. The endpoint's
 * `message` is shown as a toast (built, already built, built inside a dead period, or skipped and why);
 * an issue built or found opens in its edit view.
 */
export const BuildIssueButtonClient = ({ calendars, collectionPath, endpoint }: BuildIssueButtonClientProps) => {
  const { i18n, t } = useTranslation<AmbassadorsTranslationsObject, AmbassadorsTranslationKey>()
  const router = useRouter()
  const [calendar, setCalendar] = React.useState(calendars[0]?.value ?? '')
  const [pending, setPending] = React.useState(false)
  const selectId = React.useId()
  const hintId = React.useId()

  const build = async () => {
    setPending(true)
    try {
      const response = await fetch(endpoint, {
        body: JSON.stringify(calendar ? { calendar } : {}),
        credentials: 'include',
        headers: { 'accept-language': i18n.language, 'content-type': 'application/json' },
        method: 'POST',
      })
      const answer = (await response.json().catch(() => ({}))) as BuildAnswer
      if (!response.ok) {
        const reason = answer.errors?.map((error) => error.message).filter(Boolean).join(' ') || response.statusText
        toast.error(reason)
        return
      }
      if (answer.skipped || !answer.doc) {
        toast.warning(answer.message ?? '')
        return
      }
      if (answer.deadPeriod) {
        toast.warning(answer.message ?? '')
      } else if (answer.created) {
        toast.success(answer.message ?? '')
      } else {
        toast.info(answer.message ?? '')
      }
      router.push(`${collectionPath}/${encodeURIComponent(String(answer.doc.id))}`)
    } catch (caught) {
      toast.error(t('plugin-ambassadors:issueViewFailed', { reason: caught instanceof Error ? caught.message : String(caught) }))
    } finally {
      setPending(false)
    }
  }

  return (
    <div className={baseClass}>
      {calendars.length > 1 ? (
        <div className={`${baseClass}__field`}>
          <label className={`${baseClass}__label`} htmlFor={selectId}>
            {t('plugin-ambassadors:issueViewBuildCalendar')}
          </label>
          <select
            className={`${baseClass}__select`}
            id={selectId}
            name="calendar"
            onChange={(event) => setCalendar(event.target.value)}
            value={calendar}
          >
            {calendars.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <Button
        buttonStyle="primary"
        className={`${baseClass}__button`}
        disabled={pending}
        extraButtonProps={{ 'aria-describedby': hintId }}
        margin={false}
        onClick={() => void build()}
        size="medium"
        type="button"
      >
        {pending ? t('plugin-ambassadors:issueViewBuilding') : t('plugin-ambassadors:issueViewBuild')}
      </Button>
      <p className={`${baseClass}__hint`} id={hintId}>
        {t('plugin-ambassadors:issueViewBuildHint')}
      </p>
    </div>
  )
}

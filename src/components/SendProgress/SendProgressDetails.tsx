'use client'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../../translations/index.ts'

import { baseClass, type DeliveryState, deliveryStates, type Progress, settledStates, stateLabels } from './states.ts'

/** Dates and times as the rest of the admin shows them: `29/11/2026 21:43:05` in French and English alike. */
const dateLocales: Record<string, string> = { en: 'en-GB', fr: 'fr-FR' }

/**
 * What the rows of a send say: a progress bar over the settled rows, the pace and the time left while it
 * sends, the rows per state (final once sent or cancelled), and the latest errors.
 */
export const SendProgressDetails = ({ progress, status }: { progress: Progress; status: string }) => {
  const { i18n, t } = useTranslation<AmbassadorsTranslationsObject, AmbassadorsTranslationKey>()
  const id = React.useId()
  const barLabelId = `${id}-bar`
  const numberFormat = new Intl.NumberFormat(i18n.language)
  const formatNumber = (value: number) => numberFormat.format(value)
  const countOf = (state: DeliveryState) => progress.counts[state] ?? 0
  const { total } = progress
  const settled = settledStates.reduce((sum, state) => sum + countOf(state), 0)
  const percent = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0, style: 'percent' }).format(
    total > 0 ? settled / total : 0,
  )
  const progressText = t('plugin-ambassadors:sendViewProgressText', {
    done: formatNumber(settled),
    percent,
    total: formatNumber(total),
  })
  const isDone = status === 'sent' || status === 'cancelled'

  const timeLeft = (seconds: null | number) => {
    if (seconds === null) {
      return t('plugin-ambassadors:sendViewUnknown')
    }
    if (seconds < 60) {
      return t('plugin-ambassadors:sendViewSecondsLeft', { count: formatNumber(Math.max(1, Math.round(seconds))) })
    }
    const minutes = Math.round(seconds / 60)
    return minutes < 60
      ? t('plugin-ambassadors:sendViewMinutesLeft', { count: formatNumber(minutes) })
      : t('plugin-ambassadors:sendViewHoursLeft', { hours: formatNumber(Math.floor(minutes / 60)), minutes: formatNumber(minutes % 60) })
  }
  const formatWhen = (value: string) => {
    const date = new Date(value)
    return Number.isNaN(date.getTime())
      ? value
      : new Intl.DateTimeFormat(dateLocales[i18n.language] ?? i18n.language, { dateStyle: 'short', timeStyle: 'medium' }).format(date)
  }
  const stateLabel = (state: string) =>
    (deliveryStates as string[]).includes(state) ? t(stateLabels[state as DeliveryState]) : state

  return (
    <div className={`${baseClass}__progress`}>
      <div className={`${baseClass}__bar-head`}>
        <span className={`${baseClass}__label`} id={barLabelId}>
          {t('plugin-ambassadors:sendViewProgress')}
        </span>
        <span className={`${baseClass}__bar-text`} data-progress-text>
          {progressText}
        </span>
      </div>
      <progress aria-labelledby={barLabelId} aria-valuetext={progressText} className={`${baseClass}__bar`} max={total} value={settled} />
      {status === 'sending' ? (
        <dl className={`${baseClass}__pace`}>
          <div className={`${baseClass}__pace-item`}>
            <dt>{t('plugin-ambassadors:sendViewPace')}</dt>
            <dd data-pace>
              {progress.messagesPerSecond === null
                ? t('plugin-ambassadors:sendViewPaceUnknown')
                : t('plugin-ambassadors:sendViewPaceValue', { rate: formatNumber(progress.messagesPerSecond) })}
            </dd>
          </div>
          <div className={`${baseClass}__pace-item`}>
            <dt>{t('plugin-ambassadors:sendViewTimeLeft')}</dt>
            <dd data-time-left>{timeLeft(progress.secondsLeft)}</dd>
          </div>
        </dl>
      ) : null}
      <h3 className={`${baseClass}__subtitle`}>
        {t(isDone ? 'plugin-ambassadors:sendViewFinalCounts' : 'plugin-ambassadors:sendViewCounts')}
      </h3>
      <dl className={`${baseClass}__counts`}>
        {deliveryStates.map((state) => (
          <div className={`${baseClass}__count`} data-has-rows={countOf(state) > 0 || undefined} data-state={state} key={state}>
            <dt className={`${baseClass}__count-label`}>{t(stateLabels[state])}</dt>
            <dd className={`${baseClass}__count-value`}>{formatNumber(countOf(state))}</dd>
          </div>
        ))}
      </dl>
      <p className={`${baseClass}__footnote`}>{t('plugin-ambassadors:sendViewSuppressedHint')}</p>
      {progress.lastErrors.length > 0 ? (
        <div className={`${baseClass}__errors`}>
          <table className={`${baseClass}__table`}>
            <caption className={`${baseClass}__caption`}>{t('plugin-ambassadors:sendViewErrors')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plugin-ambassadors:sendViewErrorMessage')}</th>
                <th scope="col">{t('plugin-ambassadors:sendViewErrorState')}</th>
                <th scope="col">{t('plugin-ambassadors:sendViewErrorWhen')}</th>
              </tr>
            </thead>
            <tbody>
              {progress.lastErrors.map((row, index) => (
                <tr key={`${row.updated_at}-${index}`}>
                  <td className={`${baseClass}__error-text`}>{row.error}</td>
                  <td>{stateLabel(row.status)}</td>
                  <td>
                    <time dateTime={row.updated_at}>{formatWhen(row.updated_at)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  )
}

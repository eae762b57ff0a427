'use client'

import { Button, ConfirmationModal, toast, useFormModified, useModal, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React from 'react'

import type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../../translations/index.ts'

import './index.css'

const baseClass = 'send-progress'

export type SendProgressClientProps = {
  /** The issue's API URL: `<endpoint>/send`, `/pause`, `/resume`, `/cancel`, `/retry-uncertain`, `/progress`. */
  endpoint: string
  /** Why the sender paused the issue, when it did. */
  pauseReason: string
  /** The issue's status, as saved. */
  status: string
  /** Each issue status's name in the user's language. */
  statusLabels: Record<string, string>
}

/** A delivery row's state, in the order the panel lists them. */
type DeliveryState = 'failed' | 'pending' | 'retry' | 'sending' | 'sent' | 'suppressed' | 'uncertain'

const deliveryStates: DeliveryState[] = ['pending', 'sending', 'sent', 'retry', 'failed', 'uncertain', 'suppressed']

const stateLabels: Record<DeliveryState, AmbassadorsTranslationKey> = {
  failed: 'plugin-ambassadors:sendViewCountFailed',
  pending: 'plugin-ambassadors:sendViewCountPending',
  retry: 'plugin-ambassadors:sendViewCountRetry',
  sending: 'plugin-ambassadors:sendViewCountSending',
  sent: 'plugin-ambassadors:sendViewCountSent',
  suppressed: 'plugin-ambassadors:sendViewCountSuppressed',
  uncertain: 'plugin-ambassadors:sendViewCountUncertain',
}

/** Rows that are settled: the progress bar's share of the total. */
const settledStates: DeliveryState[] = ['sent', 'failed', 'uncertain', 'suppressed']

type Progress = {
  counts: Partial<Record<string, number>>
  lastErrors: { error: string; status: string; updated_at: string }[]
  messagesPerSecond: number
  secondsLeft: null | number
  status: string
  total: number
}

type Answer = { errors?: { message?: string }[]; message?: string; status?: string }

type Action = 'cancel' | 'pause' | 'resume' | 'retry-uncertain' | 'send'

/** The statuses whose delivery rows are worth showing. */
const statusesWithProgress = ['sending', 'paused', 'sent', 'cancelled']

/** How often the progress is read again, per status; the other statuses do not change by themselves. */
const pollMs: Partial<Record<string, number>> = { paused: 10_000, sending: 2_000 }

const errorOf = (answer: Answer, fallback: string) =>
  answer.errors?.map((error) => error.message).filter(Boolean).join(' ') || fallback

/**
 * The sending panel: the issue's sending status in a live region, the actions its status allows (send
 * now, pause, resume, cancel, resend the uncertain; sending and cancelling ask first), and while it
 * sends, the progress read every 2 s: a progress bar, the rows per state, the pace, the time left and
 * the latest errors; once sent, the final counts. After an action, and when the status changes under
 * it, the view is refreshed from the server so the status select and the sidebar follow.
 */
export const SendProgressClient = ({ endpoint, pauseReason, status: savedStatus, statusLabels }: SendProgressClientProps) => {
  const { i18n, t } = useTranslation<AmbassadorsTranslationsObject, AmbassadorsTranslationKey>()
  const router = useRouter()
  const { openModal } = useModal()
  const isModified = useFormModified()
  const [status, setStatus] = React.useState(savedStatus)
  const [progress, setProgress] = React.useState<null | Progress>(null)
  const [error, setError] = React.useState('')
  const [pending, setPending] = React.useState<Action | null>(null)
  const [reads, setReads] = React.useState(0)
  const statusRef = React.useRef(status)
  const id = React.useId()
  const headingId = `${id}-heading`
  const barLabelId = `${id}-bar`
  const sendHintId = `${id}-send-hint`
  const uncertainHintId = `${id}-uncertain`
  const modalSlug = (action: Action) => `send-progress-${action}-${id.replace(/[^a-z0-9]/gi, '')}`

  React.useEffect(() => {
    statusRef.current = status
  }, [status])

  // The server's status wins once the view is refreshed.
  React.useEffect(() => {
    setStatus(savedStatus)
  }, [savedStatus])

  React.useEffect(() => {
    if (!statusesWithProgress.includes(status)) {
      setProgress(null)
      return
    }
    const controller = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    const read = async () => {
      try {
        const response = await fetch(`${endpoint}/progress`, {
          cache: 'no-store',
          credentials: 'include',
          headers: { 'accept-language': i18n.language },
          signal: controller.signal,
        })
        const answer = (await response.json().catch(() => ({}))) as Answer & Partial<Progress>
        if (!response.ok) {
          throw new Error(errorOf(answer, response.statusText))
        }
        setProgress(answer as Progress)
        setError('')
        if (answer.status && answer.status !== statusRef.current) {
          // Sent, or paused by the sender: the form's fields show the new state too.
          setStatus(answer.status)
          router.refresh()
          return
        }
      } catch (caught) {
        if (controller.signal.aborted) return
        setError(caught instanceof Error ? caught.message : String(caught))
      }
      const delay = pollMs[statusRef.current]
      if (delay && !controller.signal.aborted) {
        timer = setTimeout(() => void read(), delay)
      }
    }
    void read()
    return () => {
      controller.abort()
      clearTimeout(timer)
    }
    // `reads` only triggers a new read: an action just changed the rows.
  }, [endpoint, i18n.language, reads, router, status])

  const act = async (action: Action) => {
    setPending(action)
    try {
      const response = await fetch(`${endpoint}/${action}`, {
        credentials: 'include',
        headers: { 'accept-language': i18n.language },
        method: 'POST',
      })
      const answer = (await response.json().catch(() => ({}))) as Answer
      if (!response.ok) {
        toast.error(errorOf(answer, response.statusText))
        return
      }
      // Sending to nobody skips the issue: worth a second look.
      if (answer.status === 'skipped') {
        toast.warning(answer.message ?? '')
      } else {
        toast.success(answer.message ?? '')
      }
      if (answer.status) {
        setStatus(answer.status)
      }
      setReads((count) => count + 1)
      router.refresh()
    } catch (caught) {
      toast.error(t('plugin-ambassadors:issueViewFailed', { reason: caught instanceof Error ? caught.message : String(caught) }))
    } finally {
      setPending(null)
    }
  }

  const numberFormat = new Intl.NumberFormat(i18n.language)
  const formatNumber = (value: number) => numberFormat.format(value)
  const countOf = (state: DeliveryState) => progress?.counts[state] ?? 0
  const total = progress?.total ?? 0
  const settled = settledStates.reduce((sum, state) => sum + countOf(state), 0)
  const percent = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0, style: 'percent' }).format(
    total > 0 ? settled / total : 0,
  )
  const progressText = t('plugin-ambassadors:sendViewProgressText', {
    done: formatNumber(settled),
    percent,
    total: formatNumber(total),
  })
  const uncertain = countOf('uncertain')

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
      : new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' }).format(date)
  }
  const stateLabel = (state: string) =>
    (deliveryStates as string[]).includes(state) ? t(stateLabels[state as DeliveryState]) : state

  const canSend = status === 'draft' || status === 'scheduled'
  const canRetry = uncertain > 0 && ['paused', 'sending', 'sent'].includes(status)
  const isDone = status === 'sent' || status === 'cancelled'

  // Payload 3.90 has no stylesheet for `buttonStyle="error"`: a danger button is a secondary one in red.
  const button = (action: Action, label: AmbassadorsTranslationKey, style: 'danger' | 'primary' | 'secondary', extra?: { confirm?: boolean; describedBy?: string; disabled?: boolean }) => (
    <Button
      buttonStyle={style === 'danger' ? 'secondary' : style}
      className={`${baseClass}__button${style === 'danger' ? ` ${baseClass}__button--danger` : ''}`}
      disabled={pending !== null || extra?.disabled}
      extraButtonProps={extra?.describedBy ? { 'aria-describedby': extra.describedBy } : undefined}
      margin={false}
      onClick={() => (extra?.confirm ? openModal(modalSlug(action)) : void act(action))}
      size="medium"
      type="button"
    >
      {pending === action ? t('plugin-ambassadors:sendViewWorking') : t(label)}
    </Button>
  )

  const confirmation = (action: Action, { body, confirm, heading, keep }: { body: string; confirm: AmbassadorsTranslationKey; heading: AmbassadorsTranslationKey; keep: AmbassadorsTranslationKey }) => (
    <ConfirmationModal
      body={body}
      cancelLabel={t(keep)}
      className={`${baseClass}__confirm`}
      confirmingLabel={t('plugin-ambassadors:sendViewWorking')}
      confirmLabel={t(confirm)}
      heading={t(heading)}
      modalSlug={modalSlug(action)}
      onConfirm={() => act(action)}
    />
  )

  return (
    <section aria-labelledby={headingId} className={baseClass} data-status={status}>
      {/* An h2 (styled as Payload's h3): the page's only heading before it is the document's h1. */}
      <h2 className={`${baseClass}__title`} id={headingId}>
        {t('plugin-ambassadors:sendViewTitle')}
      </h2>
      <p className={`${baseClass}__status`} role="status">
        {t('plugin-ambassadors:sendViewStatus', { status: statusLabels[status] ?? status })}
      </p>
      {status === 'paused' ? (
        <>
          {pauseReason ? (
            <p className={`${baseClass}__reason`}>{t('plugin-ambassadors:sendViewPauseReason', { reason: pauseReason })}</p>
          ) : null}
          <p className={`${baseClass}__note`}>{t('plugin-ambassadors:sendViewPausedHint')}</p>
        </>
      ) : null}
      {canSend ? (
        <>
          <p className={`${baseClass}__note`} id={sendHintId}>
            {t('plugin-ambassadors:sendViewSendHint')}
          </p>
          {isModified ? <p className={`${baseClass}__note`}>{t('plugin-ambassadors:sendViewSendUnsaved')}</p> : null}
        </>
      ) : null}
      {canSend || status === 'sending' || status === 'paused' ? (
        <div className={`${baseClass}__buttons`}>
          {canSend
            ? button('send', 'plugin-ambassadors:sendViewSendNow', 'primary', { confirm: true, describedBy: sendHintId, disabled: isModified })
            : null}
          {status === 'sending' ? button('pause', 'plugin-ambassadors:sendViewPause', 'secondary') : null}
          {status === 'paused' ? button('resume', 'plugin-ambassadors:sendViewResume', 'primary') : null}
          {status === 'sending' || status === 'paused'
            ? button('cancel', 'plugin-ambassadors:sendViewCancel', 'danger', { confirm: true })
            : null}
        </div>
      ) : null}
      {canRetry ? (
        <div className={`${baseClass}__uncertain`}>
          <p className={`${baseClass}__note`} id={uncertainHintId}>
            {t('plugin-ambassadors:sendViewUncertainHint', { count: formatNumber(uncertain) })}
          </p>
          {button('retry-uncertain', 'plugin-ambassadors:sendViewRetryUncertain', 'secondary', { confirm: true, describedBy: uncertainHintId })}
        </div>
      ) : null}
      {error ? (
        <p className={`${baseClass}__error`} role="alert">
          {t('plugin-ambassadors:sendViewFailed', { reason: error })}
        </p>
      ) : null}
      {statusesWithProgress.includes(status) && !progress && !error ? (
        <p className={`${baseClass}__note`}>{t('plugin-ambassadors:sendViewLoading')}</p>
      ) : null}
      {progress && total > 0 ? (
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
                <dd data-pace>{t('plugin-ambassadors:sendViewPaceValue', { rate: formatNumber(progress.messagesPerSecond) })}</dd>
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
      ) : null}
      {canSend
        ? confirmation('send', {
            body: t('plugin-ambassadors:sendViewSendConfirmBody'),
            confirm: 'plugin-ambassadors:sendViewSendNow',
            heading: 'plugin-ambassadors:sendViewSendConfirmTitle',
            keep: 'plugin-ambassadors:sendViewNotNow',
          })
        : null}
      {status === 'sending' || status === 'paused'
        ? confirmation('cancel', {
            body: t('plugin-ambassadors:sendViewCancelConfirmBody'),
            confirm: 'plugin-ambassadors:sendViewCancel',
            heading: 'plugin-ambassadors:sendViewCancelConfirmTitle',
            keep: 'plugin-ambassadors:sendViewKeep',
          })
        : null}
      {canRetry
        ? confirmation('retry-uncertain', {
            body: t('plugin-ambassadors:sendViewUncertainHint', { count: formatNumber(uncertain) }),
            confirm: 'plugin-ambassadors:sendViewRetryUncertain',
            heading: 'plugin-ambassadors:sendViewRetryConfirmTitle',
            keep: 'plugin-ambassadors:sendViewNotNow',
          })
        : null}
    </section>
  )
}

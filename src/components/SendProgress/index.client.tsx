'use client'

import { Button, ConfirmationModal, toast, useFormModified, useModal, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React from 'react'

import type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../../translations/index.ts'

import { SendProgressDetails } from './SendProgressDetails.tsx'
import { type Answer, baseClass, errorOf, statusesWithProgress } from './states.ts'
import { useIssueProgress } from './useIssueProgress.ts'

import './index.css'

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

type Action = 'cancel' | 'pause' | 'resume' | 'retry-uncertain' | 'send'

/**
 * The sending panel: the issue's sending status in a live region, the actions its status allows (send
 * now, pause, resume, cancel, resend the uncertain; sending and cancelling ask first, the send naming how
 * many ambassadors will get the issue), and while it
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
  const [pending, setPending] = React.useState<Action | null>(null)
  const [reads, setReads] = React.useState(0)
  const [audience, setAudience] = React.useState<null | number>(null)
  const { error, progress } = useIssueProgress({ endpoint, language: i18n.language, onStatus: setStatus, reads, status })
  const id = React.useId()
  const headingId = `${id}-heading`
  const sendHintId = `${id}-send-hint`
  const uncertainHintId = `${id}-uncertain`
  const modalSlug = (action: Action) => `send-progress-${action}-${id.replace(/[^a-z0-9]/gi, '')}`

  // The server's status wins once the view is refreshed.
  React.useEffect(() => {
    setStatus(savedStatus)
  }, [savedStatus])

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

  // The confirmation names how many will get the issue: counted by the server as the freeze would count them.
  const confirmSend = async () => {
    setAudience(null)
    openModal(modalSlug('send'))
    try {
      const response = await fetch(`${endpoint}/audience`, {
        cache: 'no-store',
        credentials: 'include',
        headers: { 'accept-language': i18n.language },
      })
      const answer = (await response.json().catch(() => ({}))) as Answer & { audience?: number }
      if (!response.ok || typeof answer.audience !== 'number') {
        toast.error(errorOf(answer, response.statusText))
        return
      }
      setAudience(answer.audience)
    } catch (caught) {
      toast.error(t('plugin-ambassadors:issueViewFailed', { reason: caught instanceof Error ? caught.message : String(caught) }))
    }
  }

  const formatNumber = (value: number) => new Intl.NumberFormat(i18n.language).format(value)
  const uncertain = progress?.counts.uncertain ?? 0

  const canSend = status === 'draft' || status === 'scheduled'
  const canRetry = uncertain > 0 && ['paused', 'sending', 'sent'].includes(status)

  // Payload 3.90 has no stylesheet for `buttonStyle="error"`: a danger button is a secondary one in red.
  const button = (action: Action, label: AmbassadorsTranslationKey, style: 'danger' | 'primary' | 'secondary', extra?: { confirm?: boolean; describedBy?: string; disabled?: boolean }) => (
    <Button
      buttonStyle={style === 'danger' ? 'secondary' : style}
      className={`${baseClass}__button${style === 'danger' ? ` ${baseClass}__button--danger` : ''}`}
      disabled={pending !== null || extra?.disabled}
      extraButtonProps={extra?.describedBy ? { 'aria-describedby': extra.describedBy } : undefined}
      margin={false}
      onClick={() => (action === 'send' ? void confirmSend() : extra?.confirm ? openModal(modalSlug(action)) : void act(action))}
      size="medium"
      type="button"
    >
      {pending === action ? t('plugin-ambassadors:sendViewWorking') : t(label)}
    </Button>
  )

  const sendHeading = () => {
    if (audience === null) return t('plugin-ambassadors:sendViewCounting')
    if (audience === 0) return t('plugin-ambassadors:sendViewSendConfirmNobody')
    if (audience === 1) return t('plugin-ambassadors:sendViewSendConfirmCountOne')
    return t('plugin-ambassadors:sendViewSendConfirmCount', { count: formatNumber(audience) })
  }

  const confirmation = (action: Action, { body, confirm, heading, keep }: { body: string; confirm: AmbassadorsTranslationKey; heading: string; keep: AmbassadorsTranslationKey }) => (
    <ConfirmationModal
      body={body}
      cancelLabel={t(keep)}
      className={`${baseClass}__confirm`}
      confirmingLabel={t('plugin-ambassadors:sendViewWorking')}
      confirmLabel={t(confirm)}
      heading={heading}
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
      {progress && progress.total > 0 ? <SendProgressDetails progress={progress} status={status} /> : null}
      {canSend
        ? confirmation('send', {
            body: t('plugin-ambassadors:sendViewSendConfirmBody'),
            confirm: 'plugin-ambassadors:sendViewSendNow',
            heading: sendHeading(),
            keep: 'plugin-ambassadors:sendViewNotNow',
          })
        : null}
      {status === 'sending' || status === 'paused'
        ? confirmation('cancel', {
            body: t('plugin-ambassadors:sendViewCancelConfirmBody'),
            confirm: 'plugin-ambassadors:sendViewCancel',
            heading: t('plugin-ambassadors:sendViewCancelConfirmTitle'),
            keep: 'plugin-ambassadors:sendViewKeep',
          })
        : null}
      {canRetry
        ? confirmation('retry-uncertain', {
            body: t('plugin-ambassadors:sendViewUncertainHint', { count: formatNumber(uncertain) }),
            confirm: 'plugin-ambassadors:sendViewRetryUncertain',
            heading: t('plugin-ambassadors:sendViewRetryConfirmTitle'),
            keep: 'plugin-ambassadors:sendViewNotNow',
          })
        : null}
    </section>
  )
}

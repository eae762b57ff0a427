'use client'

import { Button, toast, useFormModified, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../../translations/index.ts'
import type { Stage } from '../../workflow/stages.ts'

import './index.css'

const baseClass = 'workflow-actions'

export type WorkflowActionName =
  | 'approve'
  | 'archive'
  | 'reject'
  | 'reopen'
  | 'request-changes'
  | 'resubmit'
  | 'take-into-review'

export type WorkflowAction = {
  action: WorkflowActionName
  /** The move asks for a comment first (requesting changes, rejecting). */
  needsComment: boolean
  stage: Stage
  /** The target stage's name, for the confirmation. */
  stageLabel: string
}

export type WorkflowActionsClientProps = {
  /** The moves the user may make now, in the workflow's order. */
  actions: WorkflowAction[]
  /** URL of the item's `move` endpoint. */
  endpoint: string
  /** The create view: nothing to decide yet. */
  isNew: boolean
  /** A referent (neither editor nor admin): their publish button sends the suggestion. */
  isReferent: boolean
  /** The item's current stage, as shown. */
  stageLabel: string
}

const actionLabels: Record<WorkflowActionName, AmbassadorsTranslationKey> = {
  approve: 'plugin-ambassadors:actionApprove',
  archive: 'plugin-ambassadors:actionArchive',
  reject: 'plugin-ambassadors:actionReject',
  reopen: 'plugin-ambassadors:actionReopen',
  'request-changes': 'plugin-ambassadors:actionRequestChanges',
  resubmit: 'plugin-ambassadors:actionResubmit',
  'take-into-review': 'plugin-ambassadors:actionTakeIntoReview',
}

const buttonStyles: Record<WorkflowActionName, 'error' | 'primary' | 'secondary'> = {
  approve: 'primary',
  archive: 'secondary',
  reject: 'error',
  reopen: 'secondary',
  'request-changes': 'secondary',
  resubmit: 'primary',
  'take-into-review': 'primary',
}

type MoveAnswer = { errors?: { message?: string; path?: string }[] }

/**
 * The actions panel: the current stage and one button per allowed move. A move that needs a reason
 * opens a dialog asking for the comment. Each move is a POST to the item's `move` endpoint, applied at
 * once; the view is then refreshed from the server so the stage, the comment and the history update.
 */
export const WorkflowActionsClient = ({ actions, endpoint, isNew, isReferent, stageLabel }: WorkflowActionsClientProps) => {
  const { i18n, t } = useTranslation<AmbassadorsTranslationsObject, AmbassadorsTranslationKey>()
  const isModified = useFormModified()
  const [pending, setPending] = React.useState<null | Stage>(null)
  const [error, setError] = React.useState('')
  const [asking, setAsking] = React.useState<null | WorkflowAction>(null)
  const [comment, setComment] = React.useState('')
  const dialogRef = React.useRef<HTMLDialogElement>(null)
  const headingId = React.useId()
  const dialogHeadingId = React.useId()
  const commentId = React.useId()
  const hintId = React.useId()
  const errorId = React.useId()

  React.useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (asking && !dialog.open) dialog.showModal()
    if (!asking && dialog.open) dialog.close()
  }, [asking])

  const move = async (action: WorkflowAction, withComment?: string) => {
    setPending(action.stage)
    setError('')
    try {
      const response = await fetch(endpoint, {
        body: JSON.stringify({ comment: withComment ?? null, stage: action.stage }),
        credentials: 'include',
        headers: { 'accept-language': i18n.language, 'content-type': 'application/json' },
        method: 'POST',
      })
      if (!response.ok) {
        const answer = (await response.json().catch(() => ({}))) as MoveAnswer
        setError(answer.errors?.map((entry) => entry.message).filter(Boolean).join(' ') || response.statusText)
        return
      }
      setAsking(null)
      setComment('')
      toast.success(t('plugin-ambassadors:actionDone', { stage: action.stageLabel }))
      // A full reload: the history (a join field) and the form's stage both show the move.
      window.location.reload()
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setPending(null)
    }
  }

  const choose = (action: WorkflowAction) => {
    if (action.needsComment) {
      setError('')
      setComment('')
      setAsking(action)
      return
    }
    void move(action)
  }

  return (
    <section aria-labelledby={headingId} className={baseClass}>
      <h3 className={`${baseClass}__title`} id={headingId}>
        {t('plugin-ambassadors:actionsTitle')}
      </h3>
      <p className={`${baseClass}__stage`}>
        <span className={`${baseClass}__stage-label`}>{t('plugin-ambassadors:actionsCurrentStage')}</span>{' '}
        <strong className={`${baseClass}__stage-value`} data-stage-label>
          {stageLabel}
        </strong>
      </p>
      {isNew ? (
        <p className={`${baseClass}__note`}>
          {t(isReferent ? 'plugin-ambassadors:actionsCreateHintReferent' : 'plugin-ambassadors:actionsCreateHint')}
        </p>
      ) : actions.length === 0 ? (
        <p className={`${baseClass}__note`}>{t('plugin-ambassadors:actionsNone')}</p>
      ) : (
        <>
          {isModified ? <p className={`${baseClass}__note`}>{t('plugin-ambassadors:actionsUnsaved')}</p> : null}
          <div className={`${baseClass}__buttons`}>
            {actions.map((action) => (
              <Button
                buttonStyle={buttonStyles[action.action]}
                className={`${baseClass}__button`}
                disabled={pending !== null || isModified}
                key={action.stage}
                margin={false}
                onClick={() => choose(action)}
                size="medium"
                type="button"
              >
                {t(actionLabels[action.action])}
              </Button>
            ))}
          </div>
        </>
      )}
      {error && !asking ? (
        <p className={`${baseClass}__error`} role="alert">
          {error}
        </p>
      ) : null}
      <dialog
        aria-labelledby={dialogHeadingId}
        className={`${baseClass}__dialog`}
        onCancel={() => setAsking(null)}
        ref={dialogRef}
      >
        {asking ? (
          // Not a <form>: the panel sits inside Payload's document form, and a nested form's submit
          // would reach it too.
          <div className={`${baseClass}__dialog-form`}>
            <h2 className={`${baseClass}__dialog-title`} id={dialogHeadingId}>
              {t(actionLabels[asking.action])}
            </h2>
            <label className={`${baseClass}__label`} htmlFor={commentId}>
              {t('plugin-ambassadors:actionCommentLabel')}
            </label>
            <p className={`${baseClass}__hint`} id={hintId}>
              {t('plugin-ambassadors:actionCommentHint')}
            </p>
            <textarea
              aria-describedby={error ? `${hintId} ${errorId}` : hintId}
              aria-invalid={error ? true : undefined}
              className={`${baseClass}__textarea`}
              id={commentId}
              name="comment"
              onChange={(event) => setComment(event.target.value)}
              required
              rows={5}
              value={comment}
            />
            {error ? (
              <p className={`${baseClass}__error`} id={errorId} role="alert">
                {error}
              </p>
            ) : null}
            <div className={`${baseClass}__dialog-buttons`}>
              <Button
                buttonStyle="secondary"
                disabled={pending !== null}
                margin={false}
                onClick={() => setAsking(null)}
                size="medium"
                type="button"
              >
                {t('plugin-ambassadors:actionCancel')}
              </Button>
              <Button
                buttonStyle={buttonStyles[asking.action]}
                disabled={pending !== null || comment.trim() === ''}
                margin={false}
                onClick={() => void move(asking, comment)}
                size="medium"
                type="button"
              >
                {t(actionLabels[asking.action])}
              </Button>
            </div>
          </div>
        ) : null}
      </dialog>
    </section>
  )
}

'use client'

import { Button, toast, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../../translations/index.ts'

import { AmbassadorSearch, type PickedAmbassador } from './ambassadorSearch.client.tsx'
import './index.css'

const baseClass = 'issue-preview'

/** A segment of the issue, its networks and themes named. */
export type IssuePreviewSegment = {
  /** How many ambassadors the segment holds. */
  audience: number
  key: string
  /** The segment's language code (`fr`, `en`). */
  language: string
  /** Region then business-line network names, those the segment has. */
  networks: string[]
  /** Preferred themes' names; none means every theme. */
  themes: string[]
}

export type IssuePreviewClientProps = {
  /** The ambassadors collection's REST URL, searched for someone to preview as. */
  ambassadorsUrl: string
  /** The issue's API URL: `<endpoint>/preview` and `<endpoint>/test-send` are called. */
  endpoint: string
  segments: IssuePreviewSegment[]
}

type Mode = 'ambassador' | 'segment'

type PreviewAnswer = { errors?: { message?: string }[]; html?: string; message?: string; subject?: string; text?: string }

type Preview = { html: string; subject: string; text: string }

const errorOf = (answer: PreviewAnswer, fallback: string) =>
  answer.errors?.map((error) => error.message).filter(Boolean).join(' ') || fallback

/**
 * The issue as a segment, or one ambassador, will get it: the subject, the HTML in a sandboxed frame (no
 * script, no form, no navigation) or the plain text, and "Send me a test". The preview shows the saved
 * issue: it reloads when the document is saved, and with "Refresh".
 */
export const IssuePreviewClient = ({ ambassadorsUrl, endpoint, segments }: IssuePreviewClientProps) => {
  const { i18n, t } = useTranslation<AmbassadorsTranslationsObject, AmbassadorsTranslationKey>()
  const { data } = useDocumentInfo()
  const isModified = useFormModified()
  const savedAt = typeof data?.updatedAt === 'string' ? data.updatedAt : ''
  const [mode, setMode] = React.useState<Mode>('segment')
  const [segment, setSegment] = React.useState(segments[0]?.key ?? '')
  const [picked, setPicked] = React.useState<null | PickedAmbassador>(null)
  const ambassador = picked?.id ?? ''
  const [showText, setShowText] = React.useState(false)
  const [preview, setPreview] = React.useState<null | Preview>(null)
  const [loading, setLoading] = React.useState(true)
  const [error, setError] = React.useState('')
  const [sending, setSending] = React.useState(false)
  const [refreshes, setRefreshes] = React.useState(0)
  // The request asked last: a render that asks for the same one again (React's development double run of
  // effects included) does not load the preview a second time.
  const requested = React.useRef<{ controller: AbortController; key: string } | null>(null)
  const headingId = React.useId()
  const introId = React.useId()
  const modeName = React.useId()
  const targetId = React.useId()
  const textToggleId = React.useId()

  const target = mode === 'ambassador' ? { ambassador } : { segment }
  const query = mode === 'ambassador' ? `ambassador=${encodeURIComponent(ambassador)}` : `segment=${encodeURIComponent(segment)}`
  const canPreview = mode === 'segment' || ambassador !== ''

  React.useEffect(() => {
    const key = canPreview ? [query, i18n.language, refreshes, savedAt].join('|') : ''
    if (requested.current?.key === key) {
      return
    }
    requested.current?.controller.abort()
    const controller = new AbortController()
    requested.current = { controller, key }
    if (!canPreview) {
      setPreview(null)
      setLoading(false)
      return
    }
    setLoading(true)
    setError('')
    fetch(`${endpoint}/preview?format=json&${query}`, {
      credentials: 'include',
      headers: { 'accept-language': i18n.language },
      signal: controller.signal,
    })
      .then(async (response) => {
        const answer = (await response.json().catch(() => ({}))) as PreviewAnswer
        if (!response.ok) {
          throw new Error(errorOf(answer, response.statusText))
        }
        setPreview({ html: answer.html ?? '', subject: answer.subject ?? '', text: answer.text ?? '' })
        setLoading(false)
      })
      .catch((caught: unknown) => {
        if (controller.signal.aborted) return
        setPreview(null)
        setError(caught instanceof Error ? caught.message : String(caught))
        setLoading(false)
      })
    // No abort on clean-up: React runs an effect twice in development, and the second run keeps the first
    // request. A newer request aborts it above. `savedAt` and `refreshes` only trigger a new fetch.
  }, [canPreview, endpoint, i18n.language, query, refreshes, savedAt])

  const sendTest = async () => {
    setSending(true)
    try {
      const response = await fetch(`${endpoint}/test-send`, {
        body: JSON.stringify(target),
        credentials: 'include',
        headers: { 'accept-language': i18n.language, 'content-type': 'application/json' },
        method: 'POST',
      })
      const answer = (await response.json().catch(() => ({}))) as PreviewAnswer
      if (!response.ok) {
        toast.error(errorOf(answer, response.statusText))
        return
      }
      toast.success(answer.message ?? '')
    } catch (caught) {
      toast.error(t('plugin-ambassadors:issueViewFailed', { reason: caught instanceof Error ? caught.message : String(caught) }))
    } finally {
      setSending(false)
    }
  }

  const languageName = (code: string) => {
    try {
      const name = new Intl.DisplayNames([i18n.language], { type: 'language' }).of(code) ?? code
      return name.charAt(0).toLocaleUpperCase(i18n.language) + name.slice(1)
    } catch {
      return code
    }
  }
  const segmentLabel = (option: IssuePreviewSegment) =>
    [
      languageName(option.language),
      ...option.networks,
      option.themes.length > 0 ? option.themes.join(', ') : t('plugin-ambassadors:issueViewAllThemes'),
      option.audience === 1
        ? t('plugin-ambassadors:issueViewAudienceOne')
        : t('plugin-ambassadors:issueViewAudienceMany', { count: option.audience }),
    ].join(' · ')

  return (
    <section aria-describedby={introId} aria-labelledby={headingId} className={baseClass}>
      <h3 className={`${baseClass}__title`} id={headingId}>
        {t('plugin-ambassadors:issueViewPreviewTitle')}
      </h3>
      <p className={`${baseClass}__intro`} id={introId}>
        {t('plugin-ambassadors:issueViewPreviewIntro')}
      </p>
      <div className={`${baseClass}__controls`}>
        <fieldset className={`${baseClass}__modes`}>
          <legend className={`${baseClass}__label`}>{t('plugin-ambassadors:issueViewMode')}</legend>
          {(['segment', 'ambassador'] as const).map((value) => (
            <label className={`${baseClass}__mode`} key={value}>
              <input
                checked={mode === value}
                name={modeName}
                onChange={() => setMode(value)}
                type="radio"
                value={value}
              />
              {t(value === 'segment' ? 'plugin-ambassadors:issueViewModeSegment' : 'plugin-ambassadors:issueViewModeAmbassador')}
            </label>
          ))}
        </fieldset>
        {mode === 'segment' ? (
          <div className={`${baseClass}__field`}>
            <label className={`${baseClass}__label`} htmlFor={targetId}>
              {t('plugin-ambassadors:issueViewSegment')}
            </label>
            <select
              className={`${baseClass}__select`}
              id={targetId}
              name="previewSegment"
              onChange={(event) => setSegment(event.target.value)}
              value={segment}
            >
              {segments.length === 0 ? <option value="">{t('plugin-ambassadors:issueViewNoSegment')}</option> : null}
              {segments.map((option) => (
                <option key={option.key} value={option.key}>
                  {segmentLabel(option)}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <AmbassadorSearch collectionUrl={ambassadorsUrl} onPick={setPicked} picked={picked} />
        )}
        <div className={`${baseClass}__buttons`}>
          <Button
            buttonStyle="secondary"
            disabled={loading}
            margin={false}
            onClick={() => setRefreshes((count) => count + 1)}
            size="medium"
            type="button"
          >
            {t('plugin-ambassadors:issueViewRefresh')}
          </Button>
          <Button
            buttonStyle="primary"
            disabled={sending || !canPreview}
            margin={false}
            onClick={() => void sendTest()}
            size="medium"
            type="button"
          >
            {sending ? t('plugin-ambassadors:issueViewSending') : t('plugin-ambassadors:issueViewSendTest')}
          </Button>
        </div>
      </div>
      {isModified ? <p className={`${baseClass}__note`}>{t('plugin-ambassadors:issueViewUnsaved')}</p> : null}
      {mode === 'ambassador' ? (
        <p className={`${baseClass}__note`}>
          {picked
            ? t('plugin-ambassadors:issueViewPreviewingAs', { name: picked.name })
            : t('plugin-ambassadors:issueViewChooseAmbassador')}
        </p>
      ) : null}
      <p aria-live="polite" className={`${baseClass}__status`}>
        {loading ? t('plugin-ambassadors:issueViewLoading') : ''}
      </p>
      {error ? (
        <p className={`${baseClass}__error`} role="alert">
          {t('plugin-ambassadors:issueViewFailed', { reason: error })}
        </p>
      ) : null}
      {preview ? (
        <div className={`${baseClass}__message`} data-loading={loading || undefined}>
          <p className={`${baseClass}__subject`}>
            <span className={`${baseClass}__subject-label`}>{t('plugin-ambassadors:issueViewSubject')}</span>{' '}
            <strong data-preview-subject>{preview.subject}</strong>
          </p>
          <div className={`${baseClass}__toggle`}>
            <input checked={showText} id={textToggleId} onChange={(event) => setShowText(event.target.checked)} type="checkbox" />
            <label htmlFor={textToggleId}>{t('plugin-ambassadors:issueViewShowText')}</label>
          </div>
          {showText ? (
            <pre aria-label={t('plugin-ambassadors:issueViewTextLabel')} className={`${baseClass}__text`} role="region" tabIndex={0}>
              {preview.text}
            </pre>
          ) : (
            <div className={`${baseClass}__frame-wrap`}>
              <iframe
                className={`${baseClass}__frame`}
                sandbox=""
                srcDoc={preview.html}
                title={t('plugin-ambassadors:issueViewFrameTitle', { subject: preview.subject })}
              />
            </div>
          )}
        </div>
      ) : null}
    </section>
  )
}

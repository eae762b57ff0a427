'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React from 'react'

import type { ImportReport } from '../../newsletter/import/importAmbassadors.ts'
import type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../../translations/index.ts'

import { decodeCsvBytes } from '../../newsletter/import/decodeCsv.ts'

import './index.css'

const baseClass = 'ambassador-import'

export type AmbassadorImportClientProps = {
  /** URL of the collection's `import` endpoint. */
  endpoint: string
  /** The largest file the endpoint takes, in MB. */
  maxMegabytes: number
}

type Outcome = { failure: string } | { report: ImportReport }

const isReport = (body: unknown): body is ImportReport =>
  Boolean(body) && typeof body === 'object' && typeof (body as ImportReport).created === 'number'

/**
 * Choose a CSV file, "Check" it (a dry run: every row validated, nothing written) then "Import" it;
 * the answer shows the counts and a table of the errors by row and column. The file is decoded here
 * (UTF-8, else Excel's Windows encoding) and sent as JSON. After an import the list reloads.
 */
export const AmbassadorImportClient = ({ endpoint, maxMegabytes }: AmbassadorImportClientProps) => {
  const { i18n, t } = useTranslation<AmbassadorsTranslationsObject, AmbassadorsTranslationKey>()
  const router = useRouter()
  const [file, setFile] = React.useState<File | null>(null)
  const [pending, setPending] = React.useState<'check' | 'import' | null>(null)
  const [outcome, setOutcome] = React.useState<Outcome | null>(null)
  const inputId = React.useId()
  const hintId = React.useId()
  const headingId = React.useId()

  const send = async (dryRun: boolean) => {
    if (!file) {
      setOutcome({ failure: t('plugin-ambassadors:importChooseFile') })
      return
    }
    setPending(dryRun ? 'check' : 'import')
    setOutcome(null)
    try {
      const csv = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()))
      const response = await fetch(endpoint, {
        body: JSON.stringify({ csv, dryRun }),
        credentials: 'include',
        headers: { 'accept-language': i18n.language, 'content-type': 'application/json' },
        method: 'POST',
      })
      const body: unknown = await response.json().catch(() => undefined)
      if (isReport(body)) {
        setOutcome({ report: body })
        if (!dryRun && body.errorCount === 0) router.refresh()
        return
      }
      const errors = (body as { errors?: { message?: string }[] } | undefined)?.errors ?? []
      setOutcome({ failure: errors.map((error) => error.message).filter(Boolean).join(' ') || response.statusText })
    } catch (caught) {
      setOutcome({
        failure: t('plugin-ambassadors:importFailed', { reason: caught instanceof Error ? caught.message : String(caught) }),
      })
    } finally {
      setPending(null)
    }
  }

  const report = outcome && 'report' in outcome ? outcome.report : null
  const summary = report
    ? report.errorCount > 0
      ? t('plugin-ambassadors:importRefused')
      : report.dryRun
        ? t('plugin-ambassadors:importChecked')
        : t('plugin-ambassadors:importDone')
    : ''

  return (
    <section aria-labelledby={headingId} className={baseClass}>
      <details className={`${baseClass}__details`} open={outcome !== null || undefined}>
        <summary className={`${baseClass}__summary`}>
          <h2 className={`${baseClass}__title`} id={headingId}>
            {t('plugin-ambassadors:importTitle')}
          </h2>
        </summary>
        <div className={`${baseClass}__body`}>
          <p className={`${baseClass}__intro`}>{t('plugin-ambassadors:importIntro')}</p>
          <p className={`${baseClass}__intro`}>{t('plugin-ambassadors:importAllOrNothing')}</p>
          <div className={`${baseClass}__form`}>
            <div className={`${baseClass}__field`}>
              <label className={`${baseClass}__label`} htmlFor={inputId}>
                {t('plugin-ambassadors:importFile')}
              </label>
              <input
                accept=".csv,text/csv"
                aria-describedby={hintId}
                className={`${baseClass}__input`}
                id={inputId}
                name="file"
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null)
                  setOutcome(null)
                }}
                type="file"
              />
              <p className={`${baseClass}__hint`} id={hintId}>
                {t('plugin-ambassadors:importFileHint', { max: maxMegabytes })}
              </p>
            </div>
            <div className={`${baseClass}__buttons`}>
              <Button
                buttonStyle="secondary"
                disabled={pending !== null || !file}
                margin={false}
                onClick={() => void send(true)}
                size="medium"
                type="button"
              >
                {pending === 'check' ? t('plugin-ambassadors:importWorking') : t('plugin-ambassadors:importCheck')}
              </Button>
              <Button
                buttonStyle="primary"
                disabled={pending !== null || !file}
                margin={false}
                onClick={() => void send(false)}
                size="medium"
                type="button"
              >
                {pending === 'import' ? t('plugin-ambassadors:importWorking') : t('plugin-ambassadors:importRun')}
              </Button>
            </div>
          </div>
          <div aria-live="polite" className={`${baseClass}__outcome`} role="status">
            {outcome && 'failure' in outcome ? <p className={`${baseClass}__failure`}>{outcome.failure}</p> : null}
            {report ? (
              <p className={`${baseClass}__result`} data-outcome={report.errorCount > 0 ? 'refused' : report.dryRun ? 'checked' : 'done'}>
                {summary}
              </p>
            ) : null}
          </div>
          {report ? <ImportReportView report={report} /> : null}
        </div>
      </details>
    </section>
  )
}

const ImportReportView = ({ report }: { report: ImportReport }) => {
  const { t } = useTranslation<AmbassadorsTranslationsObject, AmbassadorsTranslationKey>()
  const counts = [
    ['created', report.created, t('plugin-ambassadors:importCountCreated')],
    ['updated', report.updated, t('plugin-ambassadors:importCountUpdated')],
    ['unchanged', report.unchanged, t('plugin-ambassadors:importCountUnchanged')],
  ] as const
  const errorsHeadingId = React.useId()
  const warningsHeadingId = React.useId()
  return (
    <div className={`${baseClass}__report`}>
      {report.errorCount === 0 ? (
        <dl className={`${baseClass}__counts`}>
          {counts.map(([name, count, label]) => (
            <div className={`${baseClass}__count`} data-count={name} key={name}>
              <dt className={`${baseClass}__count-label`}>{label}</dt>
              <dd className={`${baseClass}__count-value`}>{count}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <>
          <h3 className={`${baseClass}__subtitle`} id={errorsHeadingId}>
            {t('plugin-ambassadors:importErrors')} ({report.errorCount})
          </h3>
          {report.errors.length < report.errorCount ? (
            <p className={`${baseClass}__hint`}>
              {t('plugin-ambassadors:importErrorsTruncated', { count: report.errorCount, shown: report.errors.length })}
            </p>
          ) : null}
          <IssueTable aria-labelledby={errorsHeadingId} issues={report.errors} kind="error" />
        </>
      )}
      {report.warnings.length > 0 ? (
        <>
          <h3 className={`${baseClass}__subtitle`} id={warningsHeadingId}>
            {t('plugin-ambassadors:importWarnings')} ({report.warningCount})
          </h3>
          {report.warnings.length < report.warningCount ? (
            <p className={`${baseClass}__hint`}>
              {t('plugin-ambassadors:importWarningsTruncated', { count: report.warningCount, shown: report.warnings.length })}
            </p>
          ) : null}
          <IssueTable aria-labelledby={warningsHeadingId} issues={report.warnings} kind="warning" />
        </>
      ) : null}
    </div>
  )
}

const IssueTable = ({
  'aria-labelledby': labelledBy,
  issues,
  kind,
}: {
  'aria-labelledby': string
  issues: ImportReport['errors']
  kind: 'error' | 'warning'
}) => {
  const { t } = useTranslation<AmbassadorsTranslationsObject, AmbassadorsTranslationKey>()
  return (
    // Focusable, so that a keyboard can scroll a long list of errors.
    <div aria-labelledby={labelledBy} className={`${baseClass}__table-wrap`} role="region" tabIndex={0}>
      <table aria-labelledby={labelledBy} className={`${baseClass}__table`} data-kind={kind}>
        <thead>
          <tr>
            <th scope="col">{t('plugin-ambassadors:importRow')}</th>
            <th scope="col">{t('plugin-ambassadors:importColumn')}</th>
            <th scope="col">{t('plugin-ambassadors:importProblem')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, index) => (
            <tr data-field={issue.field} data-row={issue.row} key={`${issue.row}-${issue.field}-${index}`}>
              <td className={`${baseClass}__cell-row`}>{issue.row}</td>
              <td className={`${baseClass}__cell-column`}>{issue.column ?? issue.field ?? ''}</td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

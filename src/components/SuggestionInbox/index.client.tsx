'use client'

import { Button, Link, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../../translations/index.ts'

import './index.css'

const baseClass = 'suggestion-inbox'

export type SuggestionInboxOption = { label: string; value: string }

export type SuggestionInboxRow = {
  /** The due date as shown, or "—". */
  dueOn: string
  /** Link to the item's edit view. */
  href: string
  id: string
  isOverdue: boolean
  networkName: string
  stageLabel: string
  /** Submitter's name for an editor or admin, latest comment for a referent; "—" when none. */
  submitterOrComment: string
  /** The submission (else creation) date as shown. */
  submittedOn: string
  title: string
}

export type SuggestionInboxFilterName = 'inboxNetwork' | 'inboxStage' | 'inboxTheme'

export type SuggestionInboxFilter = {
  name: SuggestionInboxFilterName
  options: SuggestionInboxOption[]
  /** The chosen option's value, "" for all. */
  value: string
}

export type SuggestionInboxClientProps = {
  /** The content library's create view, offered to referents as "Suggest content". */
  createHref?: string
  /** Stage, network and theme, in that order. */
  filters: SuggestionInboxFilter[]
  isEditorOrAdmin: boolean
  rows: SuggestionInboxRow[]
}

const filterLabels: Record<SuggestionInboxFilterName, AmbassadorsTranslationKey> = {
  inboxNetwork: 'plugin-ambassadors:inboxNetwork',
  inboxStage: 'plugin-ambassadors:inboxStage',
  inboxTheme: 'plugin-ambassadors:inboxTheme',
}

/**
 * The dashboard's inbox: a heading, a filter form (a plain GET form, so it works before hydration or
 * without JavaScript) and the table of items. Receives everything already formatted.
 */
export const SuggestionInboxClient = ({ createHref, filters, isEditorOrAdmin, rows }: SuggestionInboxClientProps) => {
  const { t } = useTranslation<AmbassadorsTranslationsObject, AmbassadorsTranslationKey>()
  const headingId = React.useId()
  const fieldId = (name: SuggestionInboxFilterName) => `${headingId}-${name}`

  return (
    <section aria-labelledby={headingId} className={baseClass}>
      <header className={`${baseClass}__header`}>
        <h2 className={`${baseClass}__title`} id={headingId}>
          {t(isEditorOrAdmin ? 'plugin-ambassadors:inboxEditorTitle' : 'plugin-ambassadors:inboxReferentTitle')}
        </h2>
        <p className={`${baseClass}__intro`}>
          {t(isEditorOrAdmin ? 'plugin-ambassadors:inboxEditorIntro' : 'plugin-ambassadors:inboxReferentIntro')}
        </p>
        {createHref ? (
          <Button buttonStyle="primary" className={`${baseClass}__propose`} el="link" margin={false} size="medium" url={createHref}>
            {t('plugin-ambassadors:inboxPropose')}
          </Button>
        ) : null}
      </header>
      <form className={`${baseClass}__filters`} method="get">
        {filters.map((filter) => (
          <div className={`${baseClass}__filter`} key={filter.name}>
            <label className={`${baseClass}__label`} htmlFor={fieldId(filter.name)}>
              {t(filterLabels[filter.name])}
            </label>
            <select
              className={`${baseClass}__select`}
              defaultValue={filter.value}
              id={fieldId(filter.name)}
              name={filter.name}
            >
              <option value="">{t('plugin-ambassadors:inboxAll')}</option>
              {filter.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <Button buttonStyle="secondary" className={`${baseClass}__submit`} margin={false} size="medium" type="submit">
          {t('plugin-ambassadors:inboxFilter')}
        </Button>
      </form>
      {rows.length === 0 ? (
        <p className={`${baseClass}__empty`}>{t('plugin-ambassadors:inboxEmpty')}</p>
      ) : (
        <div className={`${baseClass}__table-wrap`}>
          <table className={`${baseClass}__table`}>
            <thead>
              <tr>
                <th scope="col">{t('plugin-ambassadors:inboxTitle')}</th>
                <th scope="col">{t('plugin-ambassadors:inboxStage')}</th>
                <th scope="col">{t('plugin-ambassadors:inboxNetwork')}</th>
                <th scope="col">
                  {t(
                    isEditorOrAdmin
                      ? 'plugin-ambassadors:inboxSubmittedBy'
                      : 'plugin-ambassadors:inboxLatestComment',
                  )}
                </th>
                <th scope="col">{t('plugin-ambassadors:inboxSubmittedAt')}</th>
                <th scope="col">{t('plugin-ambassadors:inboxDueDate')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  className={row.isOverdue ? `${baseClass}__row ${baseClass}__row--overdue` : `${baseClass}__row`}
                  data-overdue={row.isOverdue ? 'true' : undefined}
                  key={row.id}
                >
                  <td className={`${baseClass}__cell-title`}>
                    <Link href={row.href}>{row.title}</Link>
                  </td>
                  <td>{row.stageLabel}</td>
                  <td>{row.networkName}</td>
                  <td className={`${baseClass}__cell-text`}>{row.submitterOrComment}</td>
                  <td className={`${baseClass}__cell-date`}>{row.submittedOn}</td>
                  <td className={`${baseClass}__cell-date ${baseClass}__cell-due`}>
                    {row.dueOn}
                    {row.isOverdue ? (
                      <span className={`${baseClass}__overdue`}>
                        {' · '}
                        {t('plugin-ambassadors:inboxOverdue')}
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

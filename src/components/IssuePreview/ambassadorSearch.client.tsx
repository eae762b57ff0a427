'use client'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../../translations/index.ts'

import { ambassadorSearchLimit, ambassadorSearchUrl } from './ambassadorSearchUrl.ts'

const baseClass = 'issue-preview'

/** An ambassador as the picker shows them: by name, the email beside it. */
export type PickedAmbassador = { email: string; id: string; name: string }

type Found = { docs?: { email?: unknown; firstName?: unknown; id: number | string; lastName?: unknown }[]; hasNextPage?: boolean }

const pickedOf = (doc: NonNullable<Found['docs']>[number]): PickedAmbassador => {
  const name = [doc.firstName, doc.lastName].filter((part) => typeof part === 'string' && part).join(' ')
  return { email: String(doc.email ?? ''), id: String(doc.id), name: name || String(doc.email ?? doc.id) }
}

export type AmbassadorSearchProps = {
  /** The ambassadors collection's REST URL. */
  collectionUrl: string
  onPick: (ambassador: PickedAmbassador) => void
  picked: null | PickedAmbassador
}

/**
 * A search box over the active ambassadors, answered by the server a few at a time (however many the
 * programme has), and the people found, by name: choosing one previews the issue as them.
 */
export const AmbassadorSearch = ({ collectionUrl, onPick, picked }: AmbassadorSearchProps) => {
  const { i18n, t } = useTranslation<AmbassadorsTranslationsObject, AmbassadorsTranslationKey>()
  const [query, setQuery] = React.useState('')
  const [found, setFound] = React.useState<{ hasMore: boolean; people: PickedAmbassador[]; query: string } | null>(null)
  const searchId = React.useId()
  const hintId = React.useId()
  const resultsId = React.useId()

  React.useEffect(() => {
    const controller = new AbortController()
    // Waits for a pause in the typing: one request per search, not per key.
    const timer = setTimeout(() => {
      fetch(ambassadorSearchUrl(collectionUrl, query), {
        credentials: 'include',
        headers: { 'accept-language': i18n.language },
        signal: controller.signal,
      })
        .then(async (response) => (response.ok ? ((await response.json()) as Found) : { docs: [] }))
        .then((answer) => setFound({ hasMore: Boolean(answer.hasNextPage), people: (answer.docs ?? []).map(pickedOf), query }))
        .catch(() => undefined)
    }, 250)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [collectionUrl, i18n.language, query])

  const choose = (person: PickedAmbassador) => () => onPick(person)
  const onKey = (person: PickedAmbassador) => (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onPick(person)
    }
  }

  return (
    <div className={`${baseClass}__search`}>
      <label className={`${baseClass}__label`} htmlFor={searchId}>
        {t('plugin-ambassadors:issueViewSearchAmbassador')}
      </label>
      <input
        aria-controls={resultsId}
        aria-describedby={hintId}
        autoComplete="off"
        className={`${baseClass}__search-input`}
        id={searchId}
        name="previewAmbassadorSearch"
        onChange={(event) => setQuery(event.target.value)}
        type="search"
        value={query}
      />
      <p className={`${baseClass}__hint`} id={hintId}>
        {t('plugin-ambassadors:issueViewSearchHint')}
      </p>
      <ul aria-label={t('plugin-ambassadors:issueViewSearchResults')} className={`${baseClass}__results`} id={resultsId} role="listbox">
        {found?.people.map((person) => (
          <li
            aria-selected={picked?.id === person.id}
            className={`${baseClass}__result`}
            key={person.id}
            onClick={choose(person)}
            onKeyDown={onKey(person)}
            role="option"
            tabIndex={0}
          >
            <span className={`${baseClass}__result-name`}>{person.name}</span>{' '}
            <span className={`${baseClass}__result-email`}>{person.email}</span>
          </li>
        ))}
      </ul>
      {found && found.people.length === 0 ? (
        <p className={`${baseClass}__hint`} role="status">
          {t('plugin-ambassadors:issueViewSearchNone', { query: found.query })}
        </p>
      ) : null}
      {found?.hasMore ? (
        <p className={`${baseClass}__hint`}>{t('plugin-ambassadors:issueViewSearchMore', { count: ambassadorSearchLimit })}</p>
      ) : null}
    </div>
  )
}

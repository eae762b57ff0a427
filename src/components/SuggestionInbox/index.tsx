import type { ServerProps } from 'payload'

import React from 'react'

import type { InboxSlugs } from './findInboxItems.ts'

import { contentStages } from '../../defaults.ts'
import { stageLabels } from '../../collections/ContentItems/fields.ts'
import { findInboxItems } from './findInboxItems.ts'
import { inboxStrings } from './inboxStrings.ts'

type Named = { id: number | string; name?: string; title?: string; email?: string }

const nameOf = (value: unknown) =>
  value && typeof value === 'object' ? ((value as Named).name ?? (value as Named).email ?? '') : ''

const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

const cell: React.CSSProperties = {
  borderBottom: '1px solid var(--theme-elevation-100)',
  padding: '8px 10px',
  textAlign: 'left',
  verticalAlign: 'top',
}

/**
 * Lands editors on their inbox of routed suggestions (newest first, overdue ones marked, filterable by
 * stage, network and theme) and referents on "my suggestions" with stage, latest comment and due date.
 * Rendered on the admin dashboard with the signed-in user's own access rights.
 */
export const SuggestionInbox = async ({
  i18n,
  payload,
  searchParams,
  slugs,
  user,
}: ServerProps & { slugs: InboxSlugs }) => {
  if (!user || !payload) {
    return null
  }
  const language = i18n?.language === 'en' ? 'en' : 'fr'
  const t = inboxStrings[language]
  const filters = {
    network: firstParam(searchParams?.inboxNetwork),
    stage: firstParam(searchParams?.inboxStage),
    theme: firstParam(searchParams?.inboxTheme),
  }
  const { isReviewer, items } = await findInboxItems({ filters, payload, slugs, user })
  const listOf = (collection: string) =>
    payload.find({ collection, depth: 0, limit: 200, overrideAccess: false, pagination: false, user })
  const [networks, themes] = await Promise.all([listOf(slugs.referentNetworks), listOf(slugs.themes)])
  const now = Date.now()
  const adminRoute = payload.config.routes.admin
  const isOverdue = (item: Record<string, unknown>) =>
    Boolean(item.dueDate) &&
    new Date(String(item.dueDate)).getTime() < now &&
    ['suggested', 'in-review'].includes(String(item.stage))
  const formatDate = (value: unknown) =>
    value ? new Date(String(value)).toLocaleDateString(language === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'Europe/Paris' }) : '—'
  const select = (name: string, label: string, options: { label: string; value: string }[], value?: string) => (
    <label style={{ display: 'inline-flex', flexDirection: 'column', gap: 4, marginRight: 12 }}>
      <span>{label}</span>
      <select defaultValue={value ?? ''} name={name}>
        <option value="">{t.all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <section className="suggestion-inbox" style={{ marginBottom: 32 }}>
      <h2 style={{ marginBottom: 4 }}>{isReviewer ? t.editorTitle : t.referentTitle}</h2>
      <p style={{ color: 'var(--theme-elevation-600)', marginTop: 0 }}>
        {isReviewer ? t.editorIntro : t.referentIntro}
      </p>
      <form method="get" style={{ alignItems: 'flex-end', display: 'flex', marginBottom: 12 }}>
        {select(
          'inboxStage',
          t.stage,
          contentStages.map((stage) => ({ label: stageLabels[stage][language], value: stage })),
          filters.stage,
        )}
        {select(
          'inboxNetwork',
          t.network,
          networks.docs.map((doc) => ({ label: String(doc.name), value: String(doc.id) })),
          filters.network,
        )}
        {select(
          'inboxTheme',
          t.theme,
          themes.docs.map((doc) => ({ label: String(doc.name), value: String(doc.id) })),
          filters.theme,
        )}
        <button className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} type="submit">
          {t.filter}
        </button>
      </form>
      {items.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>{t.title}</th>
              <th style={cell}>{t.stage}</th>
              <th style={cell}>{t.network}</th>
              <th style={cell}>{isReviewer ? t.submittedBy : t.latestComment}</th>
              <th style={cell}>{t.submittedAt}</th>
              <th style={cell}>{t.dueDate}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr data-overdue={isOverdue(item) ? 'true' : undefined} key={item.id}>
                <td style={cell}>
                  <a href={`${adminRoute}/collections/${slugs.contentItems}/${item.id}`}>{String(item.title)}</a>
                </td>
                <td style={cell}>{stageLabels[item.stage as keyof typeof stageLabels]?.[language] ?? String(item.stage)}</td>
                <td style={cell}>{nameOf(item.network)}</td>
                <td style={cell}>{isReviewer ? nameOf(item.submittedBy) : String(item.latestComment ?? '—')}</td>
                <td style={cell}>{formatDate(item.submittedAt ?? item.createdAt)}</td>
                <td style={{ ...cell, color: isOverdue(item) ? 'var(--theme-error-500)' : undefined, fontWeight: isOverdue(item) ? 600 : undefined }}>
                  {formatDate(item.dueDate)}
                  {isOverdue(item) ? ` · ${t.overdue}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

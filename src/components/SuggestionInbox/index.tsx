import type { Payload, ServerProps, TypedUser } from 'payload'

import { formatAdminURL } from 'payload/shared'

import type { InboxSlugs } from '../../workflow/findInboxItems.ts'
import type { SuggestionInboxOption } from './index.client.tsx'

import { isOnlyReferent } from '../../access/hasRole.ts'
import { toLanguage } from '../../translations/index.ts'
import { findInboxItems } from '../../workflow/findInboxItems.ts'
import { isStage, stageLabels } from '../../workflow/stages.ts'
import { SuggestionInboxClient } from './index.client.tsx'

export type SuggestionInboxServerProps = {
  slugs: InboxSlugs
  /** IANA time zone the dates are shown in (the plugin's `timeZone` option). */
  timeZone: string
}

const dateLocales = { en: 'en-GB', fr: 'fr-FR' } as const

const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

/** The documents of a collection the user may read, as options sorted by name. */
const findOptions = async (payload: Payload, user: TypedUser, collection: string): Promise<SuggestionInboxOption[]> => {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    limit: 200,
    overrideAccess: false,
    pagination: false,
    select: { name: true },
    sort: 'name',
    user,
  })
  return docs.map((doc) => ({ label: String(doc.name ?? doc.id), value: String(doc.id) }))
}

/** The chosen value when it is one of the options (anything else, typed into the URL, means "all"). */
const chosen = (options: SuggestionInboxOption[], value: string) =>
  options.find((option) => option.value === value)?.value ?? ''

/**
 * Lands editors on their inbox of routed suggestions (newest first, overdue ones marked, filterable by
 * stage, network and theme) and referents on "my suggestions" with stage, latest comment and due date.
 * Reads with the signed-in user's own access rights.
 */
export const SuggestionInbox = async ({
  i18n,
  payload,
  searchParams,
  slugs,
  timeZone,
  user,
}: ServerProps & SuggestionInboxServerProps) => {
  if (!user) {
    return null
  }
  const language = toLanguage(i18n.language)
  const isReferentOnly = isOnlyReferent(user, slugs.users)
  const [allNetworks, themes, ownNetworkIds] = await Promise.all([
    findOptions(payload, user, slugs.referentNetworks),
    findOptions(payload, user, slugs.themes),
    isReferentOnly
      ? payload
          .find({
            collection: slugs.referentNetworks,
            depth: 0,
            overrideAccess: false,
            pagination: false,
            select: {},
            user,
            where: { members: { equals: user.id } },
          })
          .then(({ docs }) => docs.map((doc) => doc.id))
      : [],
  ])
  // A referent filters by the networks they belong to, not by every network of the programme.
  const networks = isReferentOnly
    ? allNetworks.filter((option) => ownNetworkIds.some((id) => String(id) === option.value))
    : allNetworks
  const network = chosen(networks, firstParam(searchParams?.inboxNetwork))
  const theme = chosen(themes, firstParam(searchParams?.inboxTheme))
  const stageParam = firstParam(searchParams?.inboxStage)
  const { isEditorOrAdmin, items, stages } = await findInboxItems({
    filters: {
      network: network || undefined,
      stage: isStage(stageParam) ? stageParam : undefined,
      theme: theme || undefined,
    },
    payload,
    slugs,
    user,
  })
  const stage = stages.find((value) => value === stageParam) ?? ''

  const dateFormat = new Intl.DateTimeFormat(dateLocales[language], { dateStyle: 'short', timeZone })
  const formatDate = (value: null | string) => (value ? dateFormat.format(new Date(value)) : '—')
  const adminRoute = payload.config.routes.admin

  return (
    <SuggestionInboxClient
      filters={[
        {
          name: 'inboxStage',
          options: stages.map((value) => ({ label: stageLabels[value][language], value })),
          value: stage,
        },
        { name: 'inboxNetwork', options: networks, value: network },
        { name: 'inboxTheme', options: themes, value: theme },
      ]}
      createHref={
        isEditorOrAdmin ? undefined : formatAdminURL({ adminRoute, path: `/collections/${slugs.contentItems}/create` })
      }
      isEditorOrAdmin={isEditorOrAdmin}
      rows={items.map((item) => ({
        dueOn: formatDate(item.dueDate),
        href: formatAdminURL({ adminRoute, path: `/collections/${slugs.contentItems}/${item.id}` }),
        id: String(item.id),
        isOverdue: item.isOverdue,
        networkName: item.networkName ?? '—',
        stageLabel: item.stage ? stageLabels[item.stage][language] : '—',
        submitterOrComment: (isEditorOrAdmin ? item.submitterName : item.latestComment) ?? '—',
        submittedOn: formatDate(item.submittedAt),
        title: item.title,
      }))}
    />
  )
}

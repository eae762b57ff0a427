import type { ContentCategory, SocialNetwork } from 'payload-plugin-ambassadors/types'
import type { Stage } from 'payload-plugin-ambassadors/types'
import type { NetworkIds, NetworkKey } from './networks.ts'
import type { ThemeIds, ThemeSlug } from './themes.ts'
import type { UserIds, UserKey } from './users.ts'

import { company, daysFromToday } from './company.ts'
import { contentLibrary } from './contentLibrary.ts'
import { contentSuggestions } from './contentSuggestions.ts'
import { createDoc, createEach, type Id, type SeedContext } from './context.ts'
import { leadReferentOf } from './networks.ts'
import { richText } from './richText.ts'

export type { Stage }

export type ContentSpec = {
  body: string[]
  category: ContentCategory
  /** The editor's comment on the decision that left the item in its stage (changes requested, rejected). */
  comment?: string
  /** Last path segment of the item's page on the company site; also its key in the seed. */
  key: string
  language?: 'en'
  network: NetworkKey
  /** Ready-to-share posts, at most one per network. */
  shares: Partial<Record<SocialNetwork, string>>
  stage: Stage
  /** Who proposed it: by default the network's referent for a suggestion, the editor otherwise. */
  submittedBy?: UserKey
  summary: string
  themes: ThemeSlug[]
  title: string
  /** Validity window, in days from today. */
  valid?: [from: number, until: number]
}

export const contentSpecs: readonly ContentSpec[] = [...contentLibrary, ...contentSuggestions]

const isPublished = (stage: Stage) => stage === 'approved' || stage === 'archived'
const isReferentSuggestion = (stage: Stage) => !isPublished(stage)
/** Stages that wait on an editor, with the days left before the due date. */
const daysToDue: Partial<Record<Stage, number>> = { 'changes-requested': 10, 'in-review': 3, suggested: 6 }

const linkOf = ({ category, key, language }: ContentSpec): string => {
  const section = language === 'en' ? 'en/news' : category === 'relay' ? 'actualites' : 'ambassadeurs'
  return `${company.site}/${section}/${key}`
}

type Refs = { networks: NetworkIds; themes: ThemeIds; users: UserIds }

const toData = (spec: ContentSpec, index: number, { networks, themes, users }: Refs) => {
  const due = daysToDue[spec.stage]
  const submitter = spec.submittedBy ?? (isReferentSuggestion(spec.stage) ? leadReferentOf(spec.network) : 'editrice')
  return {
    body: richText(...spec.body),
    category: spec.category,
    language: spec.language ?? 'fr',
    link: linkOf(spec),
    network: networks[spec.network],
    shareTexts: Object.entries(spec.shares).map(([network, text]) => ({ network, text })),
    stage: spec.stage,
    submittedBy: users[submitter],
    summary: spec.summary,
    themes: spec.themes.map((slug) => themes[slug]),
    title: spec.title,
    ...(spec.valid
      ? { validFrom: daysFromToday(spec.valid[0], 0), validUntil: daysFromToday(spec.valid[1], 22) }
      : {}),
    // Staggered by index so the inbox does not show every deadline on the same day.
    ...(due === undefined
      ? {}
      : { assignee: users.editrice, dueDate: daysFromToday(due + (index % 4), 16) }),
    ...(spec.comment ? { latestComment: spec.comment } : {}),
    ...(isPublished(spec.stage) ? { _status: 'published' } : {}),
  }
}

/** Who took the seeded item to its stage: the referent who suggested it, or the editor who decided. */
const actorOf = (spec: ContentSpec, data: ReturnType<typeof toData>, { users }: Refs) =>
  spec.stage === 'suggested' ? data.submittedBy : (data.assignee ?? users.editrice)

export type ContentIds = Record<string, Id>

export const seedContentItems = (ctx: SeedContext, refs: Refs): Promise<ContentIds> =>
  createEach(
    contentSpecs.map((spec, index) => ({ ...spec, index })),
    async ({ index, ...spec }) => {
      const data = toData(spec, index, refs)
      const id = await createDoc(ctx, 'content-items', data, { draft: !isPublished(spec.stage) })
      // Seeded without a signed-in user, so the history would not say who acted: it names them.
      await ctx.payload.update({
        collection: 'content-activities',
        data: { actor: actorOf(spec, data, refs) },
        depth: 0,
        req: ctx.req,
        where: { contentItem: { equals: id } },
      })
      return id
    },
  )

/** The id of a seeded content item; a typo in a key fails the seed loudly. */
export const contentIdOf = (ids: ContentIds, key: string): Id => {
  const id = ids[key]
  if (id === undefined) {
    throw new Error(`seedDemo: no content item "${key}"`)
  }
  return id
}

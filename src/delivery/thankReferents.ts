import type { Payload } from 'payload'

import type { FrozenSegment } from './freezeAudience.ts'

import { renderReferentThanks } from '../emails/index.ts'
import { createDeliverySql } from './deliverySql.ts'

type Id = number | string

type Slugs = { ambassadors: string; contentItems: string; newsletterDeliveries: string; newsletterIssues: string; users: string }

/**
 * Once an issue is sent, each referent whose suggestion went out gets a thank-you: which of their items
 * the sent emails carried (as frozen with the audience, never the issue's list as edited since), and how
 * many ambassadors got at least one of them. In their language, laid out like the plugin's other emails.
 */
export const thankReferents = async (payload: Payload, { issue, slugs }: { issue: Id; slugs: Slugs }): Promise<number> => {
  const doc = (await payload.findByID({ collection: slugs.newsletterIssues, depth: 0, disableErrors: true, id: issue, overrideAccess: true })) as
    | { compiled?: Record<string, Partial<FrozenSegment>> }
    | null
  const sentPerSegment = await createDeliverySql(payload, slugs).sentPerSegment(issue)
  const emails = [...sentPerSegment].map(([segment, count]) => ({ count, items: new Set(doc?.compiled?.[segment]?.items ?? []) }))
  const ids = [...new Set(emails.flatMap(({ items }) => [...items]))]
  if (ids.length === 0) {
    return 0
  }
  const items = await payload.find({
    collection: slugs.contentItems,
    depth: 1,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    where: { id: { in: ids } },
  })
  const byReferent = new Map<string, { email: string; ids: Set<string>; language: string; name: string; titles: string[] }>()
  for (const item of items.docs as { id: Id; submittedBy?: unknown; title?: string }[]) {
    const user = item.submittedBy as { email?: string; language?: string; name?: string; roles?: string[] } | undefined
    if (!user?.email || !user.roles?.includes('referent')) {
      continue
    }
    const entry = byReferent.get(user.email) ?? { email: user.email, ids: new Set(), language: user.language ?? 'fr', name: user.name ?? '', titles: [] }
    entry.ids.add(String(item.id))
    entry.titles.push(String(item.title ?? ''))
    byReferent.set(user.email, entry)
  }
  await Promise.all(
    [...byReferent.values()].map(({ email, ids: theirs, language, name, titles }) => {
      const reached = emails.filter(({ items }) => [...theirs].some((id) => items.has(id))).reduce((sum, { count }) => sum + count, 0)
      return renderReferentThanks({ itemTitles: titles, language: language === 'en' ? 'en' : 'fr', reached, recipientName: name })
        .then(({ html, subject, text }) => payload.sendEmail({ html, subject, text, to: email }))
        .catch((error: unknown) => payload.logger.error({ err: error, msg: `Could not thank ${email}` }))
    }),
  )
  return byReferent.size
}

import type { Payload } from 'payload'

import { escapeHtml } from '../emails/escapeHtml.ts'
import { idOf } from '../newsletter/candidateOf.ts'

type Id = number | string

/**
 * Once an issue is sent, each referent whose suggestion it carried gets a thank-you: which of their
 * items went out, and to how many ambassadors. In their language; plain text and HTML.
 */
export const thankReferents = async (
  payload: Payload,
  { issue, slugs }: { issue: Id; slugs: { contentItems: string; newsletterIssues: string; users: string } },
): Promise<number> => {
  const doc = (await payload.findByID({ collection: slugs.newsletterIssues, depth: 0, disableErrors: true, id: issue, overrideAccess: true })) as
    | { contentItems?: unknown[]; counts?: { sent?: number } }
    | null
  const ids = (doc?.contentItems ?? []).map(idOf).filter((id): id is Id => id !== null)
  if (!doc || ids.length === 0) {
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
  const byReferent = new Map<string, { email: string; language: string; name: string; titles: string[] }>()
  for (const item of items.docs as { submittedBy?: unknown; title?: string }[]) {
    const user = item.submittedBy as { email?: string; language?: string; name?: string; roles?: string[] } | undefined
    if (!user?.email || !user.roles?.includes('referent')) {
      continue
    }
    const entry = byReferent.get(user.email) ?? { email: user.email, language: user.language ?? 'fr', name: user.name ?? '', titles: [] }
    entry.titles.push(String(item.title ?? ''))
    byReferent.set(user.email, entry)
  }
  const reached = doc.counts?.sent ?? 0
  await Promise.all(
    [...byReferent.values()].map(({ email, language, name, titles }) => {
      const french = language !== 'en'
      const lines = french
        ? [`Bonjour ${name},`, '', `Merci ! Votre suggestion est partie dans la newsletter des ambassadeurs, envoyée à ${reached} ambassadeurs :`, ...titles.map((title) => `- ${title}`)]
        : [`Hello ${name},`, '', `Thank you! Your suggestion went out in the ambassador newsletter, sent to ${reached} ambassadors:`, ...titles.map((title) => `- ${title}`)]
      return payload
        .sendEmail({
          html: `<p>${lines.filter(Boolean).map(escapeHtml).join('<br>')}</p>`,
          subject: french ? 'Votre suggestion est dans la newsletter' : 'Your suggestion is in the newsletter',
          text: lines.join('\n'),
          to: email,
        })
        .catch((error: unknown) => payload.logger.error({ err: error, msg: `Could not thank ${email}` }))
    }),
  )
  return byReferent.size
}

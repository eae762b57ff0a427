import type { Payload } from 'payload'

import { adminDocumentUrl } from '../utilities/adminDocumentUrl.ts'

/**
 * Tells the editors and admins that an issue's send stopped itself (too many failures in a row), with the
 * reason and the link to resume it. Plain text, in French and English: it goes to staff, not ambassadors.
 */
export const notifyPause = async (
  payload: Payload,
  { issue, issuesSlug, reason, usersSlug }: { issue: number | string; issuesSlug: string; reason: string; usersSlug: string },
): Promise<void> => {
  const { docs } = await payload.find({
    collection: usersSlug,
    depth: 0,
    limit: 100,
    overrideAccess: true,
    pagination: false,
    where: { roles: { in: ['editor', 'admin'] } },
  })
  const link = adminDocumentUrl(payload, issuesSlug, issue)
  const text = [
    `L'envoi de la newsletter s'est mis en pause : ${reason}`,
    `Reprendre l'envoi : ${link}`,
    '',
    `The newsletter send paused itself: ${reason}`,
    `Resume it: ${link}`,
  ].join('\n')
  await Promise.all(
    docs
      .map((user) => (user as { email?: string }).email)
      .filter((email): email is string => Boolean(email))
      .map((to) =>
        payload
          .sendEmail({ subject: "[Newsletter] Envoi en pause / Send paused", text, to })
          .catch((error: unknown) => payload.logger.error({ err: error, msg: `Could not tell ${to} the send paused` })),
      ),
  )
}

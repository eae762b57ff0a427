import type { Payload } from 'payload'

import { adminDocumentUrl } from '../utilities/adminDocumentUrl.ts'

/** The notice of a paused send: plain text, in French and English, as it goes to staff. */
export const pauseNotice = ({ link, reason }: { link: string; reason: string }): { subject: string; text: string } => ({
  subject: '[Newsletter] Envoi en pause / Send paused',
  text: [
    `L'envoi de la newsletter s'est mis en pause : ${reason}`,
    `Reprendre l'envoi : ${link}`,
    '',
    `The newsletter send paused itself: ${reason}`,
    `Resume it: ${link}`,
  ].join('\n'),
})

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
  const notice = pauseNotice({ link: adminDocumentUrl(payload, issuesSlug, issue), reason })
  await Promise.all(
    docs
      .map((user) => (user as { email?: string }).email)
      .filter((email): email is string => Boolean(email))
      .map((to) =>
        payload
          .sendEmail({ ...notice, to })
          .catch((error: unknown) => payload.logger.error({ err: error, msg: `Could not tell ${to} the send paused` })),
      ),
  )
}

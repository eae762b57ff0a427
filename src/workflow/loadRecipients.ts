import type { PayloadRequest } from 'payload'

import { toLanguage } from '../translations/index.ts'

export type Recipient = {
  email: string
  id: number | string
  language: 'en' | 'fr'
  name: string
  suggestionEmails: 'daily-digest' | 'immediate' | 'none'
}

/** The users to email, with what the emails need; unknown ids are dropped. */
export const loadRecipients = async (
  req: PayloadRequest,
  usersSlug: string,
  ids: (number | string)[],
): Promise<Recipient[]> => {
  if (!ids.length) {
    return []
  }
  const { docs } = await req.payload.find({
    collection: usersSlug,
    depth: 0,
    pagination: false,
    req,
    select: { email: true, language: true, name: true, suggestionEmails: true },
    where: { id: { in: ids } },
  })
  return docs.map((user) => ({
    email: String(user.email),
    id: user.id,
    language: toLanguage(user.language),
    name: (user.name as string | undefined) || String(user.email).split('@')[0]!,
    suggestionEmails: (user.suggestionEmails as Recipient['suggestionEmails']) ?? 'immediate',
  }))
}

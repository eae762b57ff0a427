import type { EmailReader, RenderedEmail } from './emailTypes.ts'

import { assembleEmail } from './assembleEmail.ts'
import { buildButton } from './buildButton.ts'
import { buildItemList } from './buildItemList.ts'
import { buildParagraph } from './buildParagraph.ts'
import { emailStrings } from './emailStrings.ts'
import { formatEmailDate } from './formatEmailDate.ts'

export type SuggestionDigestArgs = EmailReader & {
  /** The editors' suggestion inbox in the admin. */
  inboxUrl: string
  items: {
    actorName: string
    dueDate?: null | string
    isOverdue: boolean
    networkName?: null | string
    title: string
    url: string
  }[]
}

/** The daily round-up of new suggestions in the recipient's referent networks. */
export const renderSuggestionDigest = async (args: SuggestionDigestArgs): Promise<RenderedEmail> => {
  const { items, language, timeZone } = args
  const strings = emailStrings[language]
  const intro = items.length ? strings.digest.intro(items.length) : strings.digest.empty
  return assembleEmail({
    audience: 'editor',
    blocks: [
      buildParagraph(strings.digest.heading, 'heading'),
      buildParagraph(strings.greeting(args.recipientName)),
      buildParagraph(intro),
      items.length
        ? buildItemList(
            items.map((item) => {
              const dueDate = formatEmailDate(item.dueDate, language, timeZone)
              return {
                details: [
                  strings.digest.suggestedBy(item.actorName.trim()),
                  ...(item.networkName?.trim() ? [item.networkName.trim()] : []),
                  ...(dueDate ? [strings.dueOn(dueDate)] : []),
                ],
                flag: item.isOverdue ? strings.digest.overdue : null,
                title: item.title.trim() || strings.untitled,
                url: item.url,
              }
            }),
          )
        : null,
      buildButton({ label: strings.digest.openInbox, url: args.inboxUrl }),
    ],
    language,
    preview: intro,
    subject: strings.digest.subject({
      count: items.length,
      overdueCount: items.filter((item) => item.isOverdue).length,
    }),
  })
}

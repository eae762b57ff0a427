import type { EmailReader, RenderedEmail } from './emailTypes.ts'

import { assembleEmail } from './assembleEmail.ts'
import { buildButton } from './buildButton.ts'
import { buildItemList } from './buildItemList.ts'
import { buildParagraph } from './buildParagraph.ts'
import { emailStrings } from './emailStrings.ts'
import { formatEmailDate } from './formatEmailDate.ts'

export type OverdueReminderArgs = EmailReader & {
  /** The editors' suggestion inbox in the admin. */
  inboxUrl: string
  items: {
    daysOverdue: number
    dueDate: string
    networkName?: null | string
    title: string
    url: string
  }[]
}

/** Reminds an assignee of the suggestions past their due date, so referents are not left waiting. */
export const renderOverdueReminder = async (args: OverdueReminderArgs): Promise<RenderedEmail> => {
  const { items, language, timeZone } = args
  const strings = emailStrings[language]
  const intro = strings.overdueReminder.intro(items.length)
  return assembleEmail({
    audience: 'editor',
    blocks: [
      buildParagraph(strings.overdueReminder.heading, 'heading'),
      buildParagraph(strings.greeting(args.recipientName)),
      buildParagraph(intro),
      buildItemList(
        items.map((item) => {
          const dueDate = formatEmailDate(item.dueDate, language, timeZone)
          return {
            details: [
              ...(item.networkName?.trim() ? [item.networkName.trim()] : []),
              ...(dueDate ? [strings.dueOn(dueDate)] : []),
            ],
            flag: strings.overdueReminder.daysOverdue(item.daysOverdue),
            title: item.title.trim() || strings.untitled,
            url: item.url,
          }
        }),
      ),
      buildButton({ label: strings.overdueReminder.openInbox, url: args.inboxUrl }),
    ],
    language,
    preview: intro,
    subject: strings.overdueReminder.subject(items.length),
  })
}

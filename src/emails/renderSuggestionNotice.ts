import type { ItemDetail } from './buildItemDetails.ts'
import type { EmailReader, RenderedEmail, SuggestionNoticeKind } from './emailTypes.ts'

import { assembleEmail } from './assembleEmail.ts'
import { buildButton } from './buildButton.ts'
import { buildItemDetails } from './buildItemDetails.ts'
import { buildParagraph } from './buildParagraph.ts'
import { buildQuote } from './buildQuote.ts'
import { emailStrings } from './emailStrings.ts'
import { formatEmailDate } from './formatEmailDate.ts'
import { toSubjectText } from './toSubjectText.ts'

export type SuggestionNoticeArgs = EmailReader & {
  /** Who acted: the referent who submitted, or the editor who decided. */
  actorName: string
  /** The editor's comment (changes requested, rejected, optionally approved). */
  comment?: null | string
  /** For submitted/resubmitted: "assigned to you" rather than "in your network". */
  isAssignedToRecipient?: boolean
  item: {
    dueDate?: null | string
    networkName?: null | string
    summary?: null | string
    themeNames?: string[]
    title: string
    /** The item in the admin; left out of the email unless it is http(s). */
    url: string
  }
  /** submitted/resubmitted go to editors; changes-requested/approved/rejected go back to the referent. */
  kind: SuggestionNoticeKind
}

const isForEditors = (kind: SuggestionNoticeKind) => kind === 'submitted' || kind === 'resubmitted'

/** One step of the editorial workflow, told to the person who has to act on it or hear about it. */
export const renderSuggestionNotice = async (args: SuggestionNoticeArgs): Promise<RenderedEmail> => {
  const { actorName, comment, item, kind, language } = args
  const strings = emailStrings[language]
  const title = item.title.trim() || strings.untitled
  const networkName = item.networkName?.trim() || null
  const forEditors = isForEditors(kind)
  const dueDate = forEditors ? formatEmailDate(item.dueDate, language, args.timeZone) : null
  const themes = forEditors ? (item.themeNames ?? []).map((name) => name.trim()).filter(Boolean) : []
  const details: ItemDetail[] = [
    ...(dueDate ? [{ label: strings.dueDateLabel, value: dueDate }] : []),
    ...(networkName ? [{ label: strings.networkLabel, value: networkName }] : []),
    ...(themes.length ? [{ label: strings.themesLabel, value: themes.join(', ') }] : []),
  ]
  const intro = strings.notice.intro[kind]({
    actor: actorName.trim(),
    isAssignedToRecipient: args.isAssignedToRecipient ?? false,
    networkName,
  })
  return assembleEmail({
    audience: forEditors ? 'editor' : 'referent',
    blocks: [
      buildParagraph(strings.notice.heading[kind], 'heading'),
      buildParagraph(strings.greeting(args.recipientName)),
      buildParagraph(intro),
      buildItemDetails({
        details,
        labelSeparator: strings.labelSeparator,
        summary: forEditors ? item.summary : null,
        title,
      }),
      comment?.trim() ? buildQuote({ label: strings.commentBy(actorName.trim()), quote: comment }) : null,
      buildParagraph(strings.notice.nextStep[kind]),
      buildButton({ label: strings.notice.openInAdmin, url: item.url }),
    ],
    language,
    preview: intro,
    subject: strings.notice.subject[kind]({ actor: toSubjectText(actorName, 40), title: toSubjectText(title, 80) }),
  })
}

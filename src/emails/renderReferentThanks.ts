import type { EmailLanguage, RenderedEmail } from './emailTypes.ts'

import { assembleEmail } from './assembleEmail.ts'
import { buildItemList } from './buildItemList.ts'
import { buildParagraph } from './buildParagraph.ts'
import { emailStrings } from './emailStrings.ts'
import { referentThanksStrings } from './referentThanksStrings.ts'

export type ReferentThanksArgs = {
  /** The titles of the referent's items the sent emails carried. */
  itemTitles: string[]
  language: EmailLanguage
  /** How many ambassadors got at least one of them. */
  reached: number
  recipientName: string
}

/** Thanks a referent once an issue carrying their suggestions is sent, with the items and how many it reached. */
export const renderReferentThanks = async ({ itemTitles, language, reached, recipientName }: ReferentThanksArgs): Promise<RenderedEmail> => {
  const strings = emailStrings[language]
  const words = referentThanksStrings[language]
  const itemCount = itemTitles.length
  const intro = words.intro({ itemCount, reached: words.reached(reached) })
  return assembleEmail({
    audience: 'referent',
    blocks: [
      buildParagraph(words.heading(itemCount), 'heading'),
      buildParagraph(strings.greeting(recipientName)),
      buildParagraph(intro),
      buildItemList(itemTitles.map((title) => ({ details: [], title: title.trim() || strings.untitled, url: null }))),
      buildParagraph(words.thanks(itemCount)),
    ],
    language,
    preview: intro,
    subject: words.subject(itemCount),
  })
}

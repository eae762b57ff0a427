import type { EmailAudience, EmailLanguage } from './emailTypes.ts'

import { emailStrings } from './emailStrings.ts'

/** The text/plain alternative: programme name, the blocks as paragraphs, and the footer after a signature line. */
export const emailTextLayout = ({
  audience,
  blocks,
  language,
}: {
  audience: EmailAudience
  blocks: string[]
  language: EmailLanguage
}): string => {
  const strings = emailStrings[language]
  return `${[strings.programmeName, ...blocks].join('\n\n')}\n\n-- \n${strings.footer[audience]}\n`
}

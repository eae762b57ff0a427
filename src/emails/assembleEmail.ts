import type { EmailAudience, EmailBlock, EmailLanguage, RenderedEmail } from './emailTypes.ts'

import { compileMjml } from './compileMjml.ts'
import { emailLayout } from './emailLayout.ts'
import { emailTextLayout } from './emailTextLayout.ts'
import { toSubjectText } from './toSubjectText.ts'

/** Puts the blocks into the HTML and text layouts; a null block (a link that was refused) is left out. */
export const assembleEmail = async ({
  audience,
  blocks,
  language,
  preview,
  subject,
}: {
  audience: EmailAudience
  blocks: (EmailBlock | null)[]
  language: EmailLanguage
  preview: string
  subject: string
}): Promise<RenderedEmail> => {
  const present = blocks.filter((block): block is EmailBlock => block !== null)
  const singleLineSubject = toSubjectText(subject)
  const html = await compileMjml(
    emailLayout({
      audience,
      language,
      preview: toSubjectText(preview),
      sections: present.map((block) => block.mjml),
      subject: singleLineSubject,
    }),
  )
  const text = emailTextLayout({ audience, blocks: present.map((block) => block.text), language })
  return { html, subject: singleLineSubject, text }
}

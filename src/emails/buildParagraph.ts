import type { EmailBlock } from './emailTypes.ts'

import { emailTheme } from './emailTheme.ts'
import { formatHtmlText } from './formatHtmlText.ts'

const variants = {
  body: '',
  heading: ` font-size="21px" font-weight="700" line-height="1.3" padding="0 0 20px 0"`,
  muted: ` color="${emailTheme.muted}" font-size="14px"`,
} as const

/** A paragraph of plain text (escaped here); `heading` opens the body, `muted` is for secondary lines. */
export const buildParagraph = (text: string, variant: keyof typeof variants = 'body'): EmailBlock => ({
  mjml: `<mj-text${variants[variant]}>${formatHtmlText(text)}</mj-text>`,
  text: text.trim(),
})

import type { EmailBlock } from './emailTypes.ts'

import { emailTheme } from './emailTheme.ts'
import { escapeHtml } from './escapeHtml.ts'
import { formatHtmlText } from './formatHtmlText.ts'

/** Someone's words (an editor's comment), set off with an accent rule and quoted with "> " in the text part. */
export const buildQuote = ({ label, quote }: { label: string; quote: string }): EmailBlock => {
  const { accent, muted, panel } = emailTheme
  return {
    mjml: `<mj-text padding="0 0 20px 0"><p style="margin:0 0 6px 0;color:${muted};font-size:13px;">${escapeHtml(label)}</p><div style="border-left:3px solid ${accent};background-color:${panel};padding:10px 14px;font-style:italic;">${formatHtmlText(quote)}</div></mj-text>`,
    text: `${label}\n${quote
      .trim()
      .split(/\r\n?|\n|\u2028|\u2029/)
      .map((line) => `> ${line}`.trimEnd())
      .join('\n')}`,
  }
}

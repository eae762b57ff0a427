import type { EmailBlock } from './emailTypes.ts'

import { emailTheme } from './emailTheme.ts'
import { escapeHtml } from './escapeHtml.ts'
import { formatHtmlText } from './formatHtmlText.ts'

export type ItemDetail = { label: string; value: string }

/**
 * One content item shown as a panel: title, optional summary, then "label: value" lines (due date, network,
 * themes) with the label greyed. `labelSeparator` is the language's (French puts a space before the colon).
 */
export const buildItemDetails = ({
  details,
  labelSeparator,
  summary,
  title,
}: {
  details: ItemDetail[]
  labelSeparator: string
  summary?: null | string
  title: string
}): EmailBlock => {
  const { muted, panel } = emailTheme
  const summaryText = summary?.trim() ?? ''
  const titleHtml = `<div style="font-size:17px;font-weight:700;line-height:1.4;">${formatHtmlText(title)}</div>`
  const summaryHtml = summaryText ? `<div style="padding-top:6px;">${formatHtmlText(summaryText)}</div>` : ''
  const detailsHtml = details.length
    ? `<div style="padding-top:10px;font-size:14px;">${details
        .map(
          ({ label, value }) =>
            `<span style="color:${muted};">${escapeHtml(label + labelSeparator)}</span>${escapeHtml(value)}`,
        )
        .join('<br />')}</div>`
    : ''
  return {
    mjml: `<mj-text container-background-color="${panel}" padding="16px 20px">${titleHtml}${summaryHtml}${detailsHtml}</mj-text>
<mj-spacer height="20px" />`,
    text: [title.trim(), summaryText, details.map(({ label, value }) => label + labelSeparator + value).join('\n')]
      .filter(Boolean)
      .join('\n\n'),
  }
}

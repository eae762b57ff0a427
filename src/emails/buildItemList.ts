import type { EmailBlock } from './emailTypes.ts'

import { emailTheme } from './emailTheme.ts'
import { escapeHtml } from './escapeHtml.ts'
import { toSafeHref } from './toSafeHref.ts'

export type ItemListEntry = {
  /** Secondary facts, joined with " · " (who, network, due date). */
  details: string[]
  /** A short warning shown beside the title, such as "Overdue". */
  flag?: null | string
  title: string
  url: null | string | undefined
}

/**
 * Items as a ruled list: each title links to the item (when its URL is http(s)), details underneath. The text
 * part numbers the items and writes each URL on its own line.
 */
export const buildItemList = (entries: ItemListEntry[]): EmailBlock => {
  const { accent, border, muted, text } = emailTheme
  const divider = `<mj-divider border-color="${border}" border-width="1px" padding="0" />`
  const items = entries.map(({ details, flag, title, url }) => {
    const href = toSafeHref(url)
    const titleHtml = href
      ? `<a href="${escapeHtml(href)}" style="color:${accent};font-weight:600;text-decoration:none;">${escapeHtml(title)}</a>`
      : `<span style="color:${text};font-weight:600;">${escapeHtml(title)}</span>`
    const flagHtml = flag
      ? ` <span style="display:inline-block;border:1px solid ${accent};border-radius:4px;color:${accent};font-size:11px;font-weight:700;line-height:1.6;padding:0 6px;text-transform:uppercase;white-space:nowrap;">${escapeHtml(flag)}</span>`
      : ''
    const detailsHtml = details.length
      ? `<div style="color:${muted};font-size:13px;line-height:1.5;padding-top:2px;">${details.map(escapeHtml).join(' · ')}</div>`
      : ''
    return {
      mjml: `<mj-text padding="12px 0">${titleHtml}${flagHtml}${detailsHtml}</mj-text>`,
      text: [title, [...details, ...(flag ? [`[${flag}]`] : [])].join(' · '), href ?? '']
        .filter(Boolean)
        .join('\n   '),
    }
  })
  return {
    mjml: [divider, ...items.flatMap((item) => [item.mjml, divider]), '<mj-spacer height="16px" />'].join('\n'),
    text: items.map((item, index) => `${index + 1}. ${item.text}`).join('\n\n'),
  }
}

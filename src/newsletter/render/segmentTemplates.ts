import type { EmailBlock } from '../../emails/emailTypes.ts'
import type { NewsletterItem, SegmentContent, UpcomingEvent } from '../types.ts'
import type { NewsletterStrings } from './newsletterStrings.ts'

import { buildButton } from '../../emails/buildButton.ts'
import { buildParagraph } from '../../emails/buildParagraph.ts'
import { emailLayout } from '../../emails/emailLayout.ts'
import { emailTheme } from '../../emails/emailTheme.ts'
import { escapeHtml } from '../../emails/escapeHtml.ts'
import { formatHtmlText } from '../../emails/formatHtmlText.ts'
import { toSafeHref } from '../../emails/toSafeHref.ts'
import { toSubjectText } from '../../emails/toSubjectText.ts'
import { issueTitleMaxLength } from '../issueSubjects.ts'
import { formatEventStart } from './formatEventStart.ts'
import { newsletterStrings } from './newsletterStrings.ts'
import { shareLinksOf } from './shareLinks.ts'
import { htmlSlot, textSlot } from './slots.ts'

/** The two endpoint URLs up to `token=`, already checked. */
export type RecipientLinks = { preferencesUrl: string; unsubscribeUrl: string }

/** The segment's MJML and text part, with slot sentinels where the recipient's values go. */
export type SegmentTemplates = { mjml: string; subject: string; text: string }

const hexColor = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

/** Paragraphs are separated by blank lines; single line breaks are kept inside a paragraph. */
const paragraphsOf = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/(?:\r\n?|\n|\u2028|\u2029)[^\S\r\n\u2028\u2029]*(?:\r\n?|\n|\u2028|\u2029)\s*/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

const divider = `<mj-divider border-color="${emailTheme.border}" border-width="1px" padding="8px 0 24px 0" />`

const textBlock = (...lines: (false | null | string | undefined)[]): string =>
  lines.filter((line): line is string => Boolean(line)).join('\n')

const itemBlock = (item: NewsletterItem, strings: NewsletterStrings): EmailBlock => {
  const { accent, border, muted, text } = emailTheme
  const title = item.title.trim() || strings.untitled
  const href = toSafeHref(item.link)
  const imageSrc = toSafeHref(item.imageUrl)
  const themeName = item.theme?.name.trim()
  const themeColor = item.theme?.color && hexColor.test(item.theme.color) ? item.theme.color : accent
  const summary = item.summary?.trim()
  const suggestedBy = item.suggestedBy?.name.trim()
    ? strings.suggestedBy(item.suggestedBy.name.trim(), item.suggestedBy.network?.trim() || undefined)
    : null
  const read = buildButton({ label: strings.read, url: href })
  const shares = shareLinksOf(item, href)
  const titleHtml = href
    ? `<a href="${escapeHtml(href)}" style="color:${text};text-decoration:none;">${escapeHtml(title)}</a>`
    : escapeHtml(title)
  const shareHtml = shares
    .map(
      ({ label, url }) =>
        `<a href="${escapeHtml(url)}" style="display:inline-block;border:1px solid ${border};border-radius:14px;color:${accent};font-weight:600;padding:4px 12px;margin:0 6px 6px 0;text-decoration:none;">${escapeHtml(label)}</a>`,
    )
    .join(' ')
  const mjml = [
    themeName
      ? `<mj-text color="${themeColor}" font-size="12px" font-weight="700" letter-spacing="0.6px" text-transform="uppercase" padding="0 0 8px 0">${escapeHtml(themeName)}</mj-text>`
      : '',
    imageSrc
      ? `<mj-image src="${escapeHtml(imageSrc)}" alt="${escapeHtml(item.imageAlt?.trim() || title)}"${href ? ` href="${escapeHtml(href)}"` : ''} border-radius="6px" padding="0 0 14px 0" />`
      : '',
    `<mj-text font-size="19px" font-weight="700" line-height="1.35" padding="0 0 8px 0">${titleHtml}</mj-text>`,
    summary ? buildParagraph(summary).mjml : '',
    suggestedBy ? buildParagraph(suggestedBy, 'muted').mjml : '',
    read?.mjml ?? '',
    `<mj-text font-size="13px" line-height="2" padding="0 0 8px 0"><span style="color:${muted};">${escapeHtml(strings.share)}</span> ${shareHtml}</mj-text>`,
  ]
  return {
    mjml: mjml.filter(Boolean).join('\n'),
    text: [
      textBlock(themeName && `[${themeName}]`, title),
      summary,
      suggestedBy,
      read?.text,
      ...shares.map(({ label, url }) => `${strings.shareOn(label)}\n${url}`),
    ]
      .filter(Boolean)
      .join('\n\n'),
  }
}

const upcomingBlock = (events: UpcomingEvent[], strings: NewsletterStrings, language: SegmentContent['language'], timeZone: string): EmailBlock => {
  const { accent, muted } = emailTheme
  const entries = events.map((event) => {
    const start = formatEventStart(event.start, language, timeZone)
    const label = event.label.trim()
    const place = event.place?.trim()
    const registration = toSafeHref(event.registrationLink)
    const heading = [start, label].filter(Boolean).join(' · ')
    return {
      mjml: `<mj-text padding="0 0 14px 0"><div style="font-weight:600;">${escapeHtml(heading)}</div>${
        place ? `<div style="color:${muted};font-size:14px;">${formatHtmlText(place)}</div>` : ''
      }${
        registration
          ? `<a href="${escapeHtml(registration)}" style="color:${accent};font-size:14px;font-weight:600;">${escapeHtml(strings.register)}</a>`
          : ''
      }</mj-text>`,
      text: textBlock(`- ${heading}`, place && `  ${place}`, registration && `  ${strings.register}\n  ${registration}`),
    }
  })
  return {
    mjml: [
      divider,
      `<mj-text font-size="17px" font-weight="700" padding="0 0 14px 0">${escapeHtml(strings.comingUp)}</mj-text>`,
      ...entries.map((entry) => entry.mjml),
    ].join('\n'),
    text: [strings.comingUp.toUpperCase(), ...entries.map((entry) => entry.text)].join('\n\n'),
  }
}

const footerOf = (reason: string, strings: NewsletterStrings, links: RecipientLinks): EmailBlock => {
  const { muted } = emailTheme
  const link = (url: string, slot: 'preferencesToken' | 'unsubscribeToken', label: string) =>
    `<a href="${escapeHtml(url)}${htmlSlot(slot)}" style="color:${muted};text-decoration:underline;">${escapeHtml(label)}</a>`
  return {
    mjml: `<mj-text align="center" color="${muted}" font-size="12px" line-height="1.5" padding="0 0 8px 0">${escapeHtml(reason)}</mj-text>
<mj-text align="center" color="${muted}" font-size="12px" line-height="1.5" padding="0">${link(links.preferencesUrl, 'preferencesToken', strings.managePreferences)} · ${link(links.unsubscribeUrl, 'unsubscribeToken', strings.unsubscribe)}</mj-text>`,
    text: [
      reason,
      `${strings.managePreferences}\n${links.preferencesUrl}${textSlot('preferencesToken')}`,
      `${strings.unsubscribe}\n${links.unsubscribeUrl}${textSlot('unsubscribeToken')}`,
    ].join('\n\n'),
  }
}

/**
 * The segment's MJML and plain text from cleaned content (see `cleanStrings`). Every value from content is
 * escaped here and every URL checked with `toSafeHref` (a refused URL drops its link, image or button); the
 * recipient's greeting and tokens are left as slot sentinels.
 */
export const segmentTemplates = (content: SegmentContent, links: RecipientLinks): SegmentTemplates => {
  const strings = newsletterStrings[content.language]
  const programmeName = toSubjectText(content.programmeName)
  const subject = toSubjectText(content.issue.title, issueTitleMaxLength) || programmeName
  const introduction = paragraphsOf(content.introduction)
  const items = content.items.map((item) => itemBlock(item, strings))
  const upcoming = content.upcoming.length ? upcomingBlock(content.upcoming, strings, content.language, content.timeZone) : null
  const footer = footerOf(strings.footerReason(programmeName), strings, links)
  const preview = toSubjectText(introduction[0] ?? content.items.map((item) => item.title).join(' · '), 140)
  const mjml = emailLayout({
    footer: footer.mjml,
    language: content.language,
    preview: preview || subject,
    programmeName,
    sections: [
      `<mj-text>${htmlSlot('greetingHtml')}</mj-text>`,
      ...introduction.map((paragraph) => buildParagraph(paragraph).mjml),
      ...items.map((item, index) => (index > 0 || introduction.length ? `${divider}\n${item.mjml}` : item.mjml)),
      upcoming?.mjml ?? '',
    ],
    subject,
  })
  const rule = '----------------------------------------'
  const text = [
    programmeName,
    textSlot('greetingText'),
    ...introduction,
    ...items.flatMap((item) => [rule, item.text]),
    ...(upcoming ? [rule, upcoming.text] : []),
  ].join('\n\n')
  return { mjml, subject, text: `${text}\n\n-- \n${footer.text}\n` }
}

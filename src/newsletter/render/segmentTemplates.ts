import type { EmailBlock } from '../../emails/emailTypes.ts'
import type { NewsletterItem, SegmentContent, UpcomingEvent } from '../types.ts'
import type { NewsletterStrings } from './newsletterStrings.ts'

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

const textBlock = (...lines: (false | null | string | undefined)[]): string =>
  lines.filter((line): line is string => Boolean(line)).join('\n')

/*
 * The body is a few `mj-text`s (the greeting and introduction, one per item, the coming-up block), each a
 * plain HTML fragment with short inline styles. MJML writes about 600 bytes of tables and repeated styles
 * around each of its elements: at one element per line of an item, that was most of an item's weight, and
 * Gmail clips an email whose HTML passes 102 KB, hiding the unsubscribe link at its end.
 */
const div = (style: string, html: string) => `<div style="${style}">${html}</div>`

/**
 * A button that Outlook draws too (a cell with its colour and padding), in a few hundred bytes. The link
 * repeats the background: a filter that reads white text without it takes it for hidden text.
 */
const button = (label: string, href: string) => {
  const { accent, onAccent } = emailTheme
  return `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 16px"><tr><td bgcolor="${accent}" style="border-radius:6px;padding:12px 22px"><a href="${escapeHtml(href)}" style="background:${accent};color:${onAccent};font-weight:600;text-decoration:none">${escapeHtml(label)}</a></td></tr></table>`
}

/** Items after the first (or after an introduction) open with a rule. */
const separated = (html: string, isSeparated: boolean) =>
  isSeparated ? div(`border-top:1px solid ${emailTheme.border};padding-top:24px`, html) : html

const itemBlock = (item: NewsletterItem, strings: NewsletterStrings, isSeparated: boolean): EmailBlock => {
  const { accent, muted, text } = emailTheme
  const title = item.title.trim() || strings.untitled
  const href = toSafeHref(item.link)
  const imageSrc = toSafeHref(item.imageUrl)
  const themeName = item.theme?.name.trim()
  const themeColor = item.theme?.color && hexColor.test(item.theme.color) ? item.theme.color : accent
  const summary = item.summary?.trim()
  const suggestedBy = item.suggestedBy?.name.trim()
    ? strings.suggestedBy(item.suggestedBy.name.trim(), item.suggestedBy.network?.trim() || undefined)
    : null
  const shares = shareLinksOf(item, href)
  const linked = (html: string, style = '') => (href ? `<a href="${escapeHtml(href)}"${style ? ` style="${style}"` : ''}>${html}</a>` : html)
  const image = imageSrc
    ? linked(`<img src="${escapeHtml(imageSrc)}" alt="${escapeHtml(item.imageAlt?.trim() || title)}" width="536" style="display:block;width:100%;height:auto;border:0;border-radius:6px;margin-bottom:14px">`)
    : ''
  const shareHtml = shares
    .map(({ label, url }) => `<a href="${escapeHtml(url)}" style="color:${accent};font-weight:600">${escapeHtml(label)}</a>`)
    .join(' · ')
  const html = [
    themeName ? div(`color:${themeColor};font-size:12px;font-weight:700;letter-spacing:.6px;text-transform:uppercase;margin-bottom:8px`, escapeHtml(themeName)) : '',
    image,
    div('font-size:19px;font-weight:700;line-height:1.35;margin-bottom:8px', linked(escapeHtml(title), `color:${text};text-decoration:none`)),
    summary ? div('margin-bottom:16px', formatHtmlText(summary)) : '',
    suggestedBy ? div(`color:${muted};font-size:14px;margin-bottom:16px`, escapeHtml(suggestedBy)) : '',
    href ? button(strings.read, href) : '',
    div('font-size:13px;line-height:2', `<span style="color:${muted}">${escapeHtml(strings.share)}</span> ${shareHtml}`),
  ].join('')
  return {
    mjml: `<mj-text padding="0 0 24px 0">${separated(html, isSeparated)}</mj-text>`,
    text: [
      textBlock(themeName && `[${themeName}]`, title),
      summary,
      suggestedBy,
      href && `${strings.read}\n${href}`,
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
      html: div(
        'margin-bottom:14px',
        `${div('font-weight:600', escapeHtml(heading))}${place ? div(`color:${muted};font-size:14px`, formatHtmlText(place)) : ''}${
          registration ? `<a href="${escapeHtml(registration)}" style="color:${accent};font-size:14px;font-weight:600">${escapeHtml(strings.register)}</a>` : ''
        }`,
      ),
      text: textBlock(`- ${heading}`, place && `  ${place}`, registration && `  ${strings.register}\n  ${registration}`),
    }
  })
  return {
    mjml: `<mj-text padding="0">${separated(
      `${div('font-size:17px;font-weight:700;margin-bottom:14px', escapeHtml(strings.comingUp))}${entries.map((entry) => entry.html).join('')}`,
      true,
    )}</mj-text>`,
    text: [strings.comingUp.toUpperCase(), ...entries.map((entry) => entry.text)].join('\n\n'),
  }
}

const footerOf = (reason: string, strings: NewsletterStrings, links: RecipientLinks): EmailBlock => {
  const { muted } = emailTheme
  const link = (url: string, slot: 'preferencesToken' | 'unsubscribeToken', label: string) =>
    `<a href="${escapeHtml(url)}${htmlSlot(slot)}" style="color:${muted};text-decoration:underline">${escapeHtml(label)}</a>`
  return {
    mjml: `<mj-text align="center" color="${muted}" font-size="12px" line-height="1.5" padding="0">${div('margin-bottom:8px', escapeHtml(reason))}${link(
      links.preferencesUrl,
      'preferencesToken',
      strings.managePreferences,
    )} · ${link(links.unsubscribeUrl, 'unsubscribeToken', strings.unsubscribe)}</mj-text>`,
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
  const items = content.items.map((item, index) => itemBlock(item, strings, index > 0 || introduction.length > 0))
  const upcoming = content.upcoming.length ? upcomingBlock(content.upcoming, strings, content.language, content.timeZone) : null
  const footer = footerOf(strings.footerReason(programmeName), strings, links)
  const preview = toSubjectText(introduction[0] ?? content.items.map((item) => item.title).join(' · '), 140)
  const mjml = emailLayout({
    footer: footer.mjml,
    language: content.language,
    preview: preview || subject,
    programmeName,
    sections: [
      `<mj-text padding="0 0 8px 0">${[htmlSlot('greetingHtml'), ...introduction.map(formatHtmlText)].map((paragraph) => div('margin-bottom:16px', paragraph)).join('')}</mj-text>`,
      ...items.map((item) => item.mjml),
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

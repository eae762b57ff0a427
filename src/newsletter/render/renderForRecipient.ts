import type { NewsletterMessage, NewsletterRecipient } from '../types.ts'
import type { CompiledSegment, RecipientValues } from './types.ts'

import { escapeHtml } from '../../emails/escapeHtml.ts'
import { toSubjectText } from '../../emails/toSubjectText.ts'
import { encodeToken, toMessageIdPart } from './headerValues.ts'
import { newsletterStrings } from './newsletterStrings.ts'
import { fillTemplate } from './slots.ts'

/** One recipient's slot values: the greeting (first name on one line, escaped for the HTML) and the tokens. */
export const recipientValuesOf = (compiled: CompiledSegment, recipient: NewsletterRecipient): RecipientValues => {
  const greeting = newsletterStrings[compiled.language].greeting(toSubjectText(recipient.firstName ?? '', 80))
  return {
    greetingHtml: escapeHtml(greeting),
    greetingText: greeting,
    preferencesToken: encodeToken(recipient.preferencesToken),
    unsubscribeToken: encodeToken(recipient.unsubscribeToken),
  }
}

/**
 * One ambassador's message from a compiled segment, by concatenation only (no MJML, no parsing): the greeting
 * and the two links filled in, and the list headers. `Message-ID` is the same for the same issue and
 * ambassador, so a resend of an uncertain delivery can be recognised; `List-Unsubscribe` offers the one-click
 * URL (RFC 8058) and the mailto when the segment has one.
 */
export const renderForRecipient = (compiled: CompiledSegment, recipient: NewsletterRecipient): NewsletterMessage => {
  const values = recipientValuesOf(compiled, recipient)
  return {
    headers: recipientHeadersOf(compiled, recipient, values),
    html: fillTemplate(compiled.html, values),
    subject: compiled.subject,
    text: fillTemplate(compiled.text, values),
  }
}

/** What `List-Unsubscribe-Post` says: the one-click unsubscribe of RFC 8058. */
export const listUnsubscribePost = 'List-Unsubscribe=One-Click'

/** `List-Unsubscribe`: the one-click URL with the recipient's token, then the mailto when the segment has one. */
export const listUnsubscribeOf = (compiled: CompiledSegment, unsubscribeToken: string): string =>
  `<${compiled.unsubscribeUrl}${unsubscribeToken}>${compiled.listUnsubscribeMailto}`

/** The same Message-ID for the same issue and ambassador. */
export const messageIdOf = (compiled: CompiledSegment, recipient: Pick<NewsletterRecipient, 'ambassadorId'>): string =>
  `${compiled.messageIdPrefix}${toMessageIdPart(recipient.ambassadorId)}${compiled.messageIdSuffix}`

/** The list headers and the Message-ID of one ambassador's message (see `renderForRecipient`), unfolded. */
export const recipientHeadersOf = (compiled: CompiledSegment, recipient: NewsletterRecipient, values: RecipientValues): Record<string, string> => ({
  'List-Id': compiled.listId,
  'List-Unsubscribe': listUnsubscribeOf(compiled, values.unsubscribeToken),
  'List-Unsubscribe-Post': listUnsubscribePost,
  'Message-ID': messageIdOf(compiled, recipient),
})

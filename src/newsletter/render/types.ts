import type { EmailLanguage } from '../../emails/emailTypes.ts'

/** What differs per recipient, each filled into the slots of the compiled templates. */
export const recipientSlots = ['greetingHtml', 'greetingText', 'preferencesToken', 'unsubscribeToken'] as const
export type RecipientSlot = (typeof recipientSlots)[number]

/** One recipient's slot values: the greeting escaped for HTML and as plain text, the tokens URL-encoded. */
export type RecipientValues = Record<RecipientSlot, string>

/**
 * A template split at its slots: `parts[0] + value(slots[0]) + parts[1] + … + parts[slots.length]`. The parts
 * are final: nothing in them is escaped or looked at again per recipient.
 */
export type CompiledTemplate = { parts: string[]; slots: RecipientSlot[] }

/**
 * One segment's newsletter, compiled once (MJML runs here) and filled per recipient by concatenation. Plain
 * data (strings and arrays), so a build job may keep it as JSON and a send job reuse it.
 */
export type CompiledSegment = {
  html: CompiledTemplate
  issueId: string
  language: EmailLanguage
  /** `List-Id` as is: `Programme <ambassadeurs.host>`. */
  listId: string
  /** What follows the https URI in `List-Unsubscribe`: `, <mailto:…?subject=unsubscribe>`, or nothing. */
  listUnsubscribeMailto: string
  /** `<newsletter-{issue}-`; the ambassador's id and `messageIdSuffix` follow. */
  messageIdPrefix: string
  /** `@{host}>` */
  messageIdSuffix: string
  /** The preference page's URL up to the token: `…/ambassadors/preferences?token=`. */
  preferencesUrl: string
  /** Single line, without control characters. */
  subject: string
  text: CompiledTemplate
  /** The one-click unsubscribe URL up to the token: `…/ambassadors/unsubscribe?token=`. */
  unsubscribeUrl: string
}

import type { EmailLanguage } from '../emails/emailTypes.ts'

/** One content item as the newsletter shows it. */
export type NewsletterItem = {
  id: number | string
  /** Absolute http(s) URL of the image, or undefined. */
  imageUrl?: string
  imageAlt?: string
  /** The "read" link: absolute http(s) URL (checked again at render). */
  link?: string
  /** Suggested post texts per network (`linkedin`, `x`, `facebook`, `other`), prefilled in share links. */
  shareTexts: { network: string; text: string }[]
  /** The referent who suggested it, thanked in the issue. */
  suggestedBy?: { name: string; network?: string }
  summary?: string
  theme?: { color?: string; name: string }
  title: string
}

/** A training or workshop of the next 30 days, for the "coming up" block. */
export type UpcomingEvent = {
  label: string
  place?: string
  registrationLink?: string
  /** ISO 8601 with offset. */
  start: string
}

/** Everything one segment's email is built from: the same for every ambassador in the segment. */
export type SegmentContent = {
  introduction?: string
  issue: { id: number | string; sendDate: string; title: string }
  items: NewsletterItem[]
  language: EmailLanguage
  /** The programme's name as the footer and List-Id show it, e.g. "Ambassadeurs Ardelys". */
  programmeName: string
  /** Base URL of the site (PUBLIC_URL / serverURL), for the preference and unsubscribe links. */
  publicUrl: string
  /** Payload's API route, `/api` by default. */
  apiRoute: string
  /** The ambassadors collection's slug, for the links. */
  ambassadorsSlug: string
  timeZone: string
  /**
   * An address that unsubscribes whoever writes to it, offered beside the one-click URL in
   * List-Unsubscribe (`<mailto:…?subject=unsubscribe>`); left out when absent or not a plain address.
   */
  unsubscribeMailto?: string
  upcoming: UpcomingEvent[]
}

/** What differs per ambassador: filled into the compiled segment, escaped. */
export type NewsletterRecipient = {
  ambassadorId: number | string
  email: string
  firstName?: string
  /** Signed tokens (see tokens.ts). */
  preferencesToken: string
  unsubscribeToken: string
}

export type NewsletterMessage = {
  headers: Record<string, string>
  html: string
  subject: string
  text: string
}

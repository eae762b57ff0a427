export type EmailLanguage = 'en' | 'fr'

/** Who an email goes to; the footer says why they receive it. */
export type EmailAudience = 'editor' | 'referent'

export type SuggestionNoticeKind = 'approved' | 'changes-requested' | 'rejected' | 'resubmitted' | 'submitted'

/** Who reads an email, in which language, and the time zone its dates are shown in. */
export type EmailReader = {
  language: EmailLanguage
  recipientName: string
  /** IANA time zone the dates are shown in: the plugin's `timeZone` option. */
  timeZone: string
}

export type RenderedEmail = { html: string; subject: string; text: string }

/**
 * One piece of an email, written twice from the same data: MJML for the column of the body (every value
 * from data already escaped) and plain text for the text/plain alternative.
 */
export type EmailBlock = { mjml: string; text: string }

import type { EmailAudience, EmailLanguage } from './emailTypes.ts'

import { emailStrings } from './emailStrings.ts'
import { emailTheme } from './emailTheme.ts'
import { escapeHtml } from './escapeHtml.ts'

export type EmailLayoutArgs = {
  language: EmailLanguage
  /** Plain text shown by mail clients next to the subject; escaped here. */
  preview: string
  /** Plain text for the header band; escaped here. @default the table's `programmeName` */
  programmeName?: string
  /** MJML elements for the body column (mj-text, mj-button…), with every value from data already escaped. */
  sections: string[]
  /** Plain text for the HTML title; escaped here. */
  subject: string
} & (
  | { audience: EmailAudience; footer?: undefined }
  /** MJML elements for the footer column, every value from data already escaped (the newsletter's links). */
  | { audience?: undefined; footer: string }
)

/**
 * The MJML shell shared by the emails: the hidden preview text, programme header, one white card, and a
 * footer (why-you-get-this for the workflow emails; the newsletter brings its own, with the preference and
 * unsubscribe links). The preview is hidden by its box, not painted white as `mj-preview` does: white text
 * on a light background is what spam filters score (SpamAssassin's HTML_FONT_LOW_CONTRAST).
 */
export const emailLayout = ({
  audience,
  footer,
  language,
  preview,
  programmeName,
  sections,
  subject,
}: EmailLayoutArgs): string => {
  const strings = emailStrings[language]
  const { accent, background, fontFamily, muted, onAccent, surface, text, width } = emailTheme
  return `<mjml lang="${language}" dir="ltr">
  <mj-head>
    <mj-title>${escapeHtml(subject)}</mj-title>
    <mj-attributes>
      <mj-all font-family="${fontFamily}" />
      <mj-text color="${text}" font-size="15px" line-height="1.6" padding="0 0 16px 0" />
      <mj-button background-color="${accent}" border-radius="6px" color="${onAccent}" font-size="15px" font-weight="600" inner-padding="12px 22px" align="left" padding="8px 0 16px 0" />
    </mj-attributes>
  </mj-head>
  <mj-body width="${width}px" background-color="${background}">
    <mj-raw><div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all">${escapeHtml(preview)}</div></mj-raw>
    <mj-wrapper padding="24px 0 0 0">
      <mj-section background-color="${accent}" border-radius="8px 8px 0 0" padding="18px 32px">
        <mj-column>
          <mj-text color="${onAccent}" font-size="15px" font-weight="700" letter-spacing="0.3px" padding="0">${escapeHtml(programmeName ?? strings.programmeName)}</mj-text>
        </mj-column>
      </mj-section>
      <mj-section background-color="${surface}" border-radius="0 0 8px 8px" padding="32px 32px 16px 32px">
        <mj-column>
${sections.join('\n')}
        </mj-column>
      </mj-section>
    </mj-wrapper>
    <mj-section padding="16px 32px 32px 32px">
      <mj-column>
${footer ?? `        <mj-text align="center" color="${muted}" font-size="12px" line-height="1.5" padding="0">${escapeHtml(strings.footer[audience])}</mj-text>`}
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`
}

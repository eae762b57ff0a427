import type { EmailAudience, EmailLanguage } from './emailTypes.ts'

import { emailStrings } from './emailStrings.ts'
import { emailTheme } from './emailTheme.ts'
import { escapeHtml } from './escapeHtml.ts'

export type EmailLayoutArgs = {
  audience: EmailAudience
  language: EmailLanguage
  /** Plain text shown by mail clients next to the subject; escaped here. */
  preview: string
  /** MJML elements for the body column (mj-text, mj-button…), with every value from data already escaped. */
  sections: string[]
  /** Plain text for the HTML title; escaped here. */
  subject: string
}

/** The MJML shell shared by the workflow emails: programme header, one white card, why-you-get-this footer. */
export const emailLayout = ({ audience, language, preview, sections, subject }: EmailLayoutArgs): string => {
  const strings = emailStrings[language]
  const { accent, background, fontFamily, muted, onAccent, surface, text, width } = emailTheme
  return `<mjml lang="${language}" dir="ltr">
  <mj-head>
    <mj-title>${escapeHtml(subject)}</mj-title>
    <mj-preview>${escapeHtml(preview)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="${fontFamily}" />
      <mj-text color="${text}" font-size="15px" line-height="1.6" padding="0 0 16px 0" />
      <mj-button background-color="${accent}" border-radius="6px" color="${onAccent}" font-size="15px" font-weight="600" inner-padding="12px 22px" align="left" padding="8px 0 16px 0" />
    </mj-attributes>
  </mj-head>
  <mj-body width="${width}px" background-color="${background}">
    <mj-wrapper padding="24px 0 0 0">
      <mj-section background-color="${accent}" border-radius="8px 8px 0 0" padding="18px 32px">
        <mj-column>
          <mj-text color="${onAccent}" font-size="15px" font-weight="700" letter-spacing="0.3px" padding="0">${escapeHtml(strings.programmeName)}</mj-text>
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
        <mj-text align="center" color="${muted}" font-size="12px" line-height="1.5" padding="0">${escapeHtml(strings.footer[audience])}</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`
}

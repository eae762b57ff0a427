import type { EmailAudience, EmailLanguage, RenderedEmail } from './emailTypes.ts'

import { assembleEmail } from './assembleEmail.ts'
import { buildButton } from './buildButton.ts'
import { buildParagraph } from './buildParagraph.ts'
import { emailStrings } from './emailStrings.ts'

export type EmailConfirmationArgs = {
  audience: EmailAudience
  /** The confirmation page (GET shows a button; only its POST confirms). */
  confirmUrl: string
  /** The new address, the one this email is sent to. */
  email: string
  language: EmailLanguage
  recipientName: string
}

const strings = {
  en: {
    button: 'Confirm this address',
    expiry: 'The link works for 24 hours. If you did not change your address, ignore this email: nothing changes.',
    heading: 'Confirm your new address',
    intro: (email: string) => `Your account’s address was changed to ${email}. Confirm it to receive your newsletter test sends here; until then they keep going to your previous verified address.`,
    subject: 'Confirm your new address',
  },
  fr: {
    button: 'Confirmer cette adresse',
    expiry: 'Le lien fonctionne 24 heures. Si vous n’avez pas changé d’adresse, ignorez cet e-mail : rien ne change.',
    heading: 'Confirmez votre nouvelle adresse',
    intro: (email: string) => `L’adresse de votre compte est devenue ${email}. Confirmez-la pour y recevoir vos essais de newsletter ; d’ici là, ils partent toujours vers votre adresse vérifiée précédente.`,
    subject: 'Confirmez votre nouvelle adresse',
  },
}

/** Asks the owner of a new account address to confirm it: the link leads to a page whose button confirms. */
export const renderEmailConfirmation = async ({ audience, confirmUrl, email, language, recipientName }: EmailConfirmationArgs): Promise<RenderedEmail> => {
  const text = strings[language]
  return assembleEmail({
    audience,
    blocks: [
      buildParagraph(text.heading, 'heading'),
      buildParagraph(emailStrings[language].greeting(recipientName)),
      buildParagraph(text.intro(email)),
      buildButton({ label: text.button, url: confirmUrl }),
      buildParagraph(text.expiry, 'muted'),
    ],
    language,
    preview: text.intro(email),
    subject: text.subject,
  })
}

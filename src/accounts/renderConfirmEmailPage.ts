import { escapeHtml } from '../emails/escapeHtml.ts'
import { renderPageShell } from '../newsletter/pages/pageLayout.ts'
import { type PageLanguage, pageStrings } from '../newsletter/pages/pageStrings.ts'

/** `confirm`: what a GET shows (a button, nothing changed); `done`: after the POST, or confirmed before. */
export type ConfirmEmailState = 'confirm' | 'done'

const strings = {
  en: {
    button: 'Confirm this address',
    doneText: (email: string) => `${email} is confirmed: your newsletter test sends go there from now on.`,
    doneTitle: 'Address confirmed',
    intro: (email: string) => `Confirm that ${email} is yours: your newsletter test sends will go there.`,
    title: 'Confirm your new address',
  },
  fr: {
    button: 'Confirmer cette adresse',
    doneText: (email: string) => `${email} est confirmée : vos essais de newsletter y partent désormais.`,
    doneTitle: 'Adresse confirmée',
    intro: (email: string) => `Confirmez que ${email} est bien la vôtre : vos essais de newsletter y partiront.`,
    title: 'Confirmez votre nouvelle adresse',
  },
}

/** The confirmation page of a new account address, and its result. No script; the button posts back here. */
export const renderConfirmEmailPage = ({
  action,
  email,
  language,
  programmeName,
  state,
}: {
  /** The page's own URL, with its token: where the button posts. */
  action: string
  email: string
  language: PageLanguage
  programmeName?: string
  state: ConfirmEmailState
}): string => {
  const text = strings[language]
  const title = state === 'done' ? text.doneTitle : text.title
  const body =
    state === 'done'
      ? `<div class="card">
<h1>${escapeHtml(text.doneTitle)}</h1>
<p class="notice" role="status">${escapeHtml(text.doneText(email))}</p>
</div>`
      : `<div class="card">
<h1>${escapeHtml(text.title)}</h1>
<p>${escapeHtml(text.intro(email))}</p>
<form method="post" action="${escapeHtml(action)}">
<button type="submit">${escapeHtml(text.button)}</button>
</form>
</div>`
  return renderPageShell({ body, language, programmeName: programmeName ?? pageStrings[language].programmeName, title })
}

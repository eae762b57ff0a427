import { escapeHtml } from '../../emails/escapeHtml.ts'
import { renderPageShell } from './pageLayout.ts'
import { type Frequency, type PageLanguage, pageStrings } from './pageStrings.ts'
import { greetingOf } from './renderPreferencesPage.ts'

/**
 * `confirm`: the page a GET shows (a button, nothing changed yet); `done`: after the POST that
 * unsubscribed; `already`: the ambassador was unsubscribed before this request.
 */
export type UnsubscribeState = 'already' | 'confirm' | 'done'

export type UnsubscribePageData = {
  /** Where the unsubscribe button posts: the unsubscribe URL with its token. */
  action: string
  firstName?: null | string
  /** The ambassador's current frequency: the lighter choices offered are the ones that change it. */
  frequency: Frequency
  language: PageLanguage
  /** The preferences URL with its token: the lighter choices post there, and "changed your mind" links there. */
  preferencesAction: string
  /** The anti-forgery field of the preferences forms. */
  preferencesFormToken: string
  programmeName: string
  state: UnsubscribeState
}

const frequencyForm = (data: UnsubscribePageData, frequency: Frequency, label: string) =>
  `<form method="post" action="${escapeHtml(data.preferencesAction)}">` +
  `<input type="hidden" name="scope" value="frequency">` +
  `<input type="hidden" name="formToken" value="${escapeHtml(data.preferencesFormToken)}">` +
  `<input type="hidden" name="frequency" value="${frequency}">` +
  `<button type="submit" class="secondary">${escapeHtml(label)}</button></form>`

/** The unsubscribe confirmation (with lighter choices next to the button) and its result. */
export const renderUnsubscribePage = (data: UnsubscribePageData): string => {
  const text = pageStrings[data.language].unsubscribe
  const greeting = `<p>${escapeHtml(greetingOf(data.language, data.firstName))}</p>`
  if (data.state !== 'confirm') {
    const body = `<div class="card">
<h1>${escapeHtml(text.doneTitle)}</h1>
<p class="notice" role="status">${escapeHtml(data.state === 'done' ? text.doneText : text.alreadyText)}</p>
<p>${escapeHtml(text.changedMind)} <a href="${escapeHtml(data.preferencesAction)}">${escapeHtml(text.preferencesLink)}</a></p>
</div>`
    return renderPageShell({ body, language: data.language, programmeName: data.programmeName, title: text.doneTitle })
  }
  const lighter = [
    data.frequency === 'twice-monthly' ? frequencyForm(data, 'monthly', text.monthly) : '',
    data.frequency === 'paused' ? '' : frequencyForm(data, 'paused', text.pause),
  ].join('')
  const body = `<div class="card">
<h1>${escapeHtml(text.title)}</h1>
${greeting}
<p>${escapeHtml(text.intro)}</p>
<form method="post" action="${escapeHtml(data.action)}">
<button type="submit">${escapeHtml(text.button)}</button>
</form>
</div>
${
  lighter
    ? `<section class="card" aria-labelledby="lighter-heading">
<h2 id="lighter-heading">${escapeHtml(text.alternativesHeading)}</h2>
<p class="muted">${escapeHtml(text.alternativesIntro)}</p>
<div class="actions">${lighter}</div>
</section>`
    : ''
}`
  return renderPageShell({ body, language: data.language, programmeName: data.programmeName, title: text.title })
}

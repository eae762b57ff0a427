import { escapeHtml } from '../../emails/escapeHtml.ts'
import { renderNotice, renderPageShell, renderPreviewBanner } from './pageLayout.ts'
import { type Frequency, type PageLanguage, type PageNotice, pageStrings } from './pageStrings.ts'
import { greetingOf } from './renderPreferencesPage.ts'

/**
 * `confirm`: the page a GET shows (a button, nothing changed yet); `done`: after the POST that
 * unsubscribed; `already`: the ambassador was unsubscribed before this request.
 */
export type UnsubscribeState = 'already' | 'confirm' | 'done'

export type UnsubscribePageData = {
  /** Where the unsubscribe button and the lighter choices post: the unsubscribe URL with its token. */
  action: string
  firstName?: null | string
  /** The ambassador's current frequency: the lighter choices offered are the ones that lower it. */
  frequency: Frequency
  language: PageLanguage
  /** Above the confirmation: a lighter choice saved, a refused one, or a preview's "nothing changed". */
  notice?: PageNotice
  /** Reached with a preview link: the page says so, and its buttons change nothing. */
  preview?: boolean
  programmeName: string
  state: UnsubscribeState
}

const frequencyForm = (data: UnsubscribePageData, frequency: Frequency, label: string) =>
  `<form method="post" action="${escapeHtml(data.action)}">` +
  `<input type="hidden" name="scope" value="frequency">` +
  `<input type="hidden" name="frequency" value="${frequency}">` +
  `<button type="submit" class="secondary">${escapeHtml(label)}</button></form>`

/**
 * The unsubscribe confirmation (with lighter choices next to the button, which only lower the frequency)
 * and its result. The unsubscribe link serves leaving, never joining again: the result says where
 * preferences are changed, and links nowhere.
 */
export const renderUnsubscribePage = (data: UnsubscribePageData): string => {
  const strings = pageStrings[data.language]
  const text = strings.unsubscribe
  const greeting = `<p>${escapeHtml(greetingOf(data.language, data.firstName))}</p>`
  const preview = data.preview ? renderPreviewBanner(data.language) : ''
  const notice = data.notice ? renderNotice(data.notice, strings.notices[data.notice]) : ''
  if (data.state !== 'confirm') {
    const body = `<div class="card">
<h1>${escapeHtml(text.doneTitle)}</h1>
${preview}${notice}
<p class="notice" role="status">${escapeHtml(data.state === 'done' ? text.doneText : text.alreadyText)}</p>
<p>${escapeHtml(text.changedMind)}</p>
</div>`
    return renderPageShell({ body, language: data.language, programmeName: data.programmeName, title: text.doneTitle })
  }
  const lighter = [
    data.frequency === 'twice-monthly' ? frequencyForm(data, 'monthly', text.monthly) : '',
    data.frequency === 'paused' ? '' : frequencyForm(data, 'paused', text.pause),
  ].join('')
  const body = `<div class="card">
<h1>${escapeHtml(text.title)}</h1>
${preview}${notice}
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

import { ambassadorFrequencies, languages } from '../../defaults.ts'
import { escapeHtml } from '../../emails/escapeHtml.ts'
import { renderNotice, renderPageShell, renderPreviewBanner } from './pageLayout.ts'
import {
  type Frequency,
  type PageLanguage,
  type PageNotice,
  languageNames,
  pageStrings,
} from './pageStrings.ts'

/** A theme offered on the page: an active one, its name in the page's language. */
export type ThemeChoice = { checked: boolean; id: number | string; name: string }

export type PreferencesPageData = {
  /** Where the form posts: the preferences URL with its token. */
  action: string
  firstName?: null | string
  frequency: Frequency
  /** The form's anti-forgery field (see formToken.ts). */
  formToken: string
  /** The page's language, and the one ticked in the language choice. */
  language: PageLanguage
  notice?: PageNotice
  /** Reached with a preview link: the page says so, and its form changes nothing. */
  preview?: boolean
  programmeName: string
  /** An ambassador who unsubscribed is offered to subscribe again with the form. */
  subscribed: boolean
  themes: ThemeChoice[]
  /** The ambassador's unsubscribe page, linked under the form (leaving is one click away too). */
  unsubscribeUrl: string
}

export const greetingOf = (language: PageLanguage, firstName: null | string | undefined): string => {
  const name = firstName?.trim()
  return name ? pageStrings[language].greeting(name) : pageStrings[language].greetingAnonymous
}

const choice = (type: 'checkbox' | 'radio', name: string, value: string, checked: boolean, label: string, lang?: string) =>
  `<label class="choice"><input type="${type}" name="${name}" value="${escapeHtml(value)}"${checked ? ' checked' : ''}>` +
  `<span${lang ? ` lang="${lang}"` : ''}>${escapeHtml(label)}</span></label>`

/** The preference page: themes, frequency and language, one form, no script. */
export const renderPreferencesPage = (data: PreferencesPageData): string => {
  const strings = pageStrings[data.language]
  const text = strings.preferences
  const themes = data.themes.length
    ? `<p class="hint" id="themes-hint">${escapeHtml(text.themesHint)}</p>
${data.themes.map((theme) => choice('checkbox', 'themes', String(theme.id), theme.checked, theme.name)).join('\n')}`
    : `<p class="hint">${escapeHtml(text.themesNone)}</p>`
  const body = `<div class="card">
<h1>${escapeHtml(text.title)}</h1>
${data.preview ? renderPreviewBanner(data.language) : ''}
${data.notice ? renderNotice(data.notice, strings.notices[data.notice]) : ''}
${data.subscribed ? '' : `<p class="notice info">${escapeHtml(text.unsubscribedNotice)}</p>`}
<p>${escapeHtml(greetingOf(data.language, data.firstName))}</p>
<p class="muted">${escapeHtml(text.intro)}</p>
<form method="post" action="${escapeHtml(data.action)}">
<input type="hidden" name="scope" value="preferences">
<input type="hidden" name="formToken" value="${escapeHtml(data.formToken)}">
<fieldset${data.themes.length ? ' aria-describedby="themes-hint"' : ''}>
<legend>${escapeHtml(text.themesLegend)}</legend>
${themes}
</fieldset>
<fieldset>
<legend>${escapeHtml(text.frequencyLegend)}</legend>
${ambassadorFrequencies.map((frequency) => choice('radio', 'frequency', frequency, frequency === data.frequency, text.frequency[frequency])).join('\n')}
</fieldset>
<fieldset>
<legend>${escapeHtml(text.languageLegend)}</legend>
${languages.map((language) => choice('radio', 'language', language, language === data.language, languageNames[language], language)).join('\n')}
</fieldset>
${
  data.subscribed
    ? `<button type="submit">${escapeHtml(text.save)}</button>`
    : `<button type="submit" name="resubscribe" value="yes">${escapeHtml(text.resubscribe)}</button>`
}
</form>
${data.subscribed ? `<p class="links"><a href="${escapeHtml(data.unsubscribeUrl)}">${escapeHtml(text.unsubscribeLink)}</a></p>` : ''}
</div>`
  return renderPageShell({ body, language: data.language, programmeName: data.programmeName, title: text.title })
}

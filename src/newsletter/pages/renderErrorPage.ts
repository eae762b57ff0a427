import { escapeHtml } from '../../emails/escapeHtml.ts'
import { renderPageShell } from './pageLayout.ts'
import { type PageLanguage, pageStrings } from './pageStrings.ts'

export type ErrorPageData = { programmeName: Record<PageLanguage, string> }

/**
 * A link that cannot be used (missing, forged, truncated, signed for another page, or for nobody):
 * the same words in French and English, since nothing tells who holds it, and nothing that says
 * whether the ambassador exists.
 */
export const renderErrorPage = ({ programmeName }: ErrorPageData): string => {
  const { fr, en } = pageStrings
  const body = `<div class="card">
<h1>${escapeHtml(fr.error.title)}</h1>
<p>${escapeHtml(fr.error.text)}</p>
</div>
<div class="card" lang="en">
<h2>${escapeHtml(en.error.title)}</h2>
<p>${escapeHtml(en.error.text)}</p>
</div>`
  const name = programmeName.fr === programmeName.en ? programmeName.fr : `${programmeName.fr} · ${programmeName.en}`
  return renderPageShell({ body, language: 'fr', programmeName: name, title: `${fr.error.title} · ${en.error.title}` })
}

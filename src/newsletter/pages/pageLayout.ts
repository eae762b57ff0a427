import { escapeHtml } from '../../emails/escapeHtml.ts'
import { type PageLanguage, type PageNotice, pageStrings, refusalNotices } from './pageStrings.ts'

/**
 * Headers of every answer of the ambassador's pages. No script may run and nothing may be loaded
 * (`default-src 'none'`); forms post only back here; no other site may frame the page (clickjacking of
 * the unsubscribe button); the token in the URL leaves in no Referer to another site (`same-origin`, not
 * `no-referrer`, so the page's own form posts carry its real `Origin`, which the server checks); no cache
 * or search engine keeps it.
 */
export const pageHeaders: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'content-type': 'text/html; charset=utf-8',
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'x-robots-tag': 'noindex, nofollow',
}

/**
 * One column on a phone, a centred card from 40rem. Colours meet WCAG AA (text 14:1, accent 6.5:1,
 * muted 5.4:1 on the page background); every control is at least 44px high; focus is a thick outline
 * that shows on white and on the accent.
 */
const styles = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#f2f4f7;color:#1f2937;font:1rem/1.5 -apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif}
.banner{background:#0b5cab;color:#fff;padding:.75rem 1rem}
.banner p{margin:0 auto;max-width:34rem;font-weight:700;letter-spacing:.01em}
main{display:block;max-width:36rem;margin:0 auto;padding:1rem}
.card>:last-child{margin-bottom:0}
.card{background:#fff;border:1px solid #d0d5dd;border-radius:.5rem;padding:1.25rem 1rem;margin-bottom:1rem}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 .75rem}
h2{font-size:1.125rem;line-height:1.3;margin:0 0 .5rem}
p{margin:0 0 1rem}
.muted{color:#4b5563}
fieldset{border:0;margin:0 0 1.25rem;padding:0;min-width:0}
legend{font-weight:700;font-size:1.0625rem;margin:0 0 .25rem;padding:0}
.hint{color:#4b5563;font-size:.9375rem;margin:0 0 .5rem}
.choice{display:flex;gap:.75rem;align-items:flex-start;min-height:2.75rem;padding:.625rem .75rem;margin:0 0 .5rem;border:1px solid #98a2b3;border-radius:.375rem;background:#fff;cursor:pointer}
.choice input{flex:none;width:1.25rem;height:1.25rem;margin:.125rem 0 0;accent-color:#0b5cab}
.choice:has(input:checked){border-color:#0b5cab;background:#eef4fb}
button{display:block;width:100%;min-height:2.75rem;margin:0;padding:.625rem 1.125rem;border:2px solid #0b5cab;border-radius:.375rem;background:#0b5cab;color:#fff;font:inherit;font-weight:600;cursor:pointer}
button:hover{background:#084a8a;border-color:#084a8a}
button.secondary{background:#fff;color:#0b5cab}
button.secondary:hover{background:#eef4fb}
a{color:#0b5cab;text-decoration:underline;text-underline-offset:.15em}
a:hover{color:#084a8a}
:focus-visible{outline:3px solid #1f2937;outline-offset:2px}
.notice{border-left:.25rem solid #067647;background:#ecfdf3;color:#054f31;padding:.75rem 1rem;border-radius:.25rem;margin:0 0 1rem}
.notice.error{border-color:#b42318;background:#fef3f2;color:#7a271a}
.notice.info{border-color:#0b5cab;background:#eef4fb;color:#1f2937}
.actions{display:flex;flex-direction:column;gap:.75rem}
.actions form{margin:0}
.links{margin:1rem 0 0}
hr{border:0;border-top:1px solid #d0d5dd;margin:1.25rem 0}
@media (min-width:40rem){main{padding:2rem 1rem}.card{padding:1.75rem}h1{font-size:1.75rem}button{display:inline-block;width:auto}.actions{flex-direction:row;flex-wrap:wrap}}
@media (prefers-reduced-motion:no-preference){button,.choice{transition:background-color .15s,border-color .15s}}
`.trim()

export type PageShell = {
  /** The main content, already HTML (every value in it escaped). */
  body: string
  language: PageLanguage
  programmeName: string
  title: string
}

/** The whole document: `lang`, viewport, inline styles, the programme's banner and one `main`. */
export const renderPageShell = ({ body, language, programmeName, title }: PageShell): string =>
  `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<meta name="color-scheme" content="light">
<title>${escapeHtml(title)} · ${escapeHtml(programmeName)}</title>
<style>${styles}</style>
</head>
<body>
<header class="banner"><p>${escapeHtml(programmeName)}</p></header>
<main>
${body}
</main>
</body>
</html>
`

/** The banner of a page reached with a preview link: what the ambassador sees, and that nothing is saved. */
export const renderPreviewBanner = (language: PageLanguage): string =>
  `<p class="notice info" role="note">${escapeHtml(pageStrings[language].preview.banner)}</p>`

/** Confirmations are announced politely; refusals at once. */
export const renderNotice = (notice: PageNotice, text: string): string => {
  const isError = refusalNotices.includes(notice)
  return isError
    ? `<p class="notice error" role="alert">${escapeHtml(text)}</p>`
    : `<p class="notice" role="status">${escapeHtml(text)}</p>`
}

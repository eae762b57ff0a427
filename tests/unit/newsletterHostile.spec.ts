import type { DefaultTreeAdapterTypes } from 'parse5'

import { parse, parseFragment } from 'parse5'
import { describe, expect, it } from 'vitest'

import type { NewsletterMessage, NewsletterRecipient, SegmentContent } from '../../src/newsletter/types.ts'

import { compileSegment, renderForRecipient, renderNewsletter } from '../../src/newsletter/render/index.ts'

/** Strings that try to run script, break out of an attribute or of MJML, hide a scheme, or forge a slot. */
const hostileStrings = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '"><img src=x onerror=alert(1)>',
  '" onmouseover="alert(1)" x="',
  "' onmouseover='alert(1)",
  '<a href="javascript:alert(1)" onclick="alert(1)">x</a>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' \u0001\u0000javascript:alert(1)',
  '\u00a0javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\u0000script:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript&colon;alert(1)',
  'jav&#x09;ascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  '\\\\evil.example\\x',
  'https://evil.example/"onmouseover="alert(1)',
  "https://evil.example/'><script>alert(1)</script>",
  'https://evil.example:99999/',
  'http://[::1',
  'https://evil.example/%0d%0aSet-Cookie:%20x',
  '</mj-text><mj-raw><script>alert(1)</script></mj-raw><mj-text>',
  '<mj-raw><iframe src="javascript:alert(1)"></iframe></mj-raw>',
  '</mj-column></mj-section><mj-section><mj-column><mj-button href="javascript:alert(1)">x</mj-button>',
  '<mj-image src="javascript:alert(1)" />',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<!--[if mso]><script>alert(1)</script><![endif]-->',
  '--><script>alert(1)</script><!--',
  '<style>body{background:url(javascript:alert(1))}</style>',
  '<div style="width:expression(alert(1))">x</div>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<base href="https://evil.example/">',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '{{unsubscribe}} {{ email }} ${process.env.PAYLOAD_SECRET} %recipient.email%',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<$100 & "quotes" \'single\' `backtick`',
  'Titre\r\nBcc: victim@example.com\r\nX-Injected: 1',
  'Ligne\u2028séparée\u2029paragraphe\u0085suivant',
  '\u0000\u0007\u001b[31m\u007f\u009b',
  '\uD800 lone surrogates \uDFFF',
  '\u202Egnp.exe',
  '&amb-greetingHtml; &amb-preferencesToken; &amb-unsubscribeToken; &amb-greetingText;',
  '\uE000greetingText\uE001 \uE000unsubscribeToken\uE001 \uE000preferencesToken\uE001 \uE000greetingHtml\uE001',
  '&amb-unknown; &amb- \uE000 \uE001 \uE000unknown\uE001',
]

/** Every field of a segment set to the hostile string (a second item and event keep a valid link and date). */
const hostileContent = (value: string): SegmentContent => ({
  ambassadorsSlug: 'ambassadors',
  apiRoute: '/api',
  introduction: `${value}\n\n${value}`,
  issue: { id: 42, sendDate: '2027-03-01', title: value },
  items: [
    {
      id: 1,
      imageAlt: value,
      imageUrl: value,
      link: value,
      shareTexts: ['linkedin', 'x', 'facebook', 'other', value].map((network) => ({ network, text: value })),
      suggestedBy: { name: value, network: value },
      summary: value,
      theme: { color: value, name: value },
      title: value,
    },
    {
      id: 2,
      imageAlt: value,
      imageUrl: `https://cdn.ardelys.example/image.jpg?alt=${value}`,
      link: `https://www.ardelys.example/article?q=${value}#${value}`,
      shareTexts: [{ network: 'linkedin', text: value }],
      suggestedBy: { name: value },
      theme: { name: value },
      title: value,
    },
  ],
  language: 'fr',
  programmeName: value,
  publicUrl: 'https://ambassadeurs.ardelys.example',
  timeZone: 'Europe/Paris',
  unsubscribeMailto: value,
  upcoming: [
    { label: value, place: value, registrationLink: value, start: value },
    { label: value, place: value, registrationLink: `https://www.ardelys.example/inscription?s=${value}`, start: '2027-03-04T11:30:00Z' },
  ],
})

const hostileRecipient = (value: string): NewsletterRecipient => ({
  ambassadorId: value,
  email: value,
  firstName: value,
  preferencesToken: value,
  unsubscribeToken: value,
})

type Node = DefaultTreeAdapterTypes.Node
type Element = DefaultTreeAdapterTypes.Element

/**
 * Every element of the document, including those inside Outlook's conditional comments (`<!--[if mso]>…`),
 * which Outlook renders as markup.
 */
const elementsOf = (html: string): Element[] => {
  const found: Element[] = []
  const visit = (node: Node) => {
    if ('tagName' in node) {
      found.push(node)
    }
    if (node.nodeName === '#comment' && 'data' in node && /^\[if /.test(node.data)) {
      visit(parseFragment(node.data.slice(node.data.indexOf(']>') + 2).replace(/<!\[endif\]$/, '')))
    }
    if ('childNodes' in node) {
      node.childNodes.forEach(visit)
    }
    if ('content' in node) {
      visit(node.content)
    }
  }
  visit(parse(html))
  return found
}

const textOf = (node: Node): string =>
  node.nodeName === '#text' && 'value' in node
    ? node.value
    : 'childNodes' in node
      ? node.childNodes.map(textOf).join('')
      : ''

const forbiddenElements = new Set(['applet', 'base', 'embed', 'form', 'frame', 'frameset', 'iframe', 'math', 'object', 'script', 'svg'])
const urlAttributes = new Set(['action', 'background', 'cite', 'data', 'formaction', 'href', 'poster', 'src', 'srcset', 'xlink:href'])

/** A URL as a browser reads its scheme: entities already decoded by the parser, C0 controls and spaces dropped. */
const schemeOf = (url: string) => /^([a-z][a-z0-9+.-]*):/.exec(url.replace(/[\u0000-\u0020\u007f-\u009f\u00a0]/g, '').toLowerCase())?.[1]

/** CSS as an old engine reads it: lower case, without spaces, comments or escapes. */
const compactCss = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/[\s\\]/g, '')
    .toLowerCase()

type Finding = { detail: string; kind: string }

/** What a real HTML parser finds unsafe in the message; an empty list when it is clean. */
const findingsOf = (message: NewsletterMessage): Finding[] => {
  const findings: Finding[] = []
  for (const element of elementsOf(message.html)) {
    if (forbiddenElements.has(element.tagName)) {
      findings.push({ detail: element.tagName, kind: 'element' })
    }
    if (element.tagName === 'meta' && element.attrs.some((attr) => attr.name === 'http-equiv' && /refresh/i.test(attr.value))) {
      findings.push({ detail: 'meta refresh', kind: 'element' })
    }
    for (const { name, value } of element.attrs) {
      if (name.toLowerCase().startsWith('on')) {
        findings.push({ detail: `${element.tagName} ${name}`, kind: 'event handler' })
      }
      if (urlAttributes.has(name.toLowerCase()) && !['http', 'https', 'mailto'].includes(schemeOf(value) ?? '')) {
        findings.push({ detail: `${element.tagName} ${name}="${value}"`, kind: 'url' })
      }
      if (name.toLowerCase() === 'style' && /expression\(|url\((?!['"]?https?:)|javascript:|vbscript:/.test(compactCss(value))) {
        findings.push({ detail: `${element.tagName} style="${value}"`, kind: 'style' })
      }
    }
    if (element.tagName === 'style' && /expression\(|url\((?!['"]?https?:)|javascript:|vbscript:/.test(compactCss(textOf(element)))) {
      findings.push({ detail: textOf(element), kind: 'style element' })
    }
  }
  for (const [name, value] of [['Subject', message.subject], ...Object.entries(message.headers)] as const) {
    if (/[\u0000-\u001f\u007f]/.test(value)) {
      findings.push({ detail: `${name}: ${JSON.stringify(value)}`, kind: 'header' })
    }
  }
  return findings
}

/** A small seeded generator (mulberry32), so a failing mix can be replayed. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const mixes = Array.from({ length: 10 }, (_, index) => {
  const random = seeded(index + 1)
  const pick = () => hostileStrings[Math.floor(random() * hostileStrings.length)]!
  const noise = () => String.fromCharCode(...Array.from({ length: 6 }, () => Math.floor(random() * 0x80)))
  return [index + 1, `${pick()}${noise()}${pick()}${noise()}${pick()}`] as const
})

describe('the unsafe-markup check of these tests', () => {
  it('should flag script, handlers, hidden schemes, CSS expressions, Outlook-only markup and folded headers', () => {
    const html = `<html><head><style>p { background: URL( "javascript:x" ) }</style></head><body>
<a href=" &#x6A;ava&#x09;script:alert(1)">a</a><img src="data:image/png;base64,AA" onerror="x">
<div style="width: exp/**/ression(alert(1))">b</div><a href="//evil.example">c</a>
<!--[if mso | IE]><table><tr><td><script>alert(1)</script></td></tr></table><![endif]--></body></html>`
    const kinds = findingsOf({ headers: { 'List-Id': 'x\r\nBcc: y' }, html, subject: 'ok', text: '' }).map(
      (finding) => finding.kind,
    )
    expect(kinds.sort()).toEqual(['element', 'event handler', 'header', 'style', 'style element', 'url', 'url', 'url'])
  })
})

describe('newsletter rendering of hostile content', () => {
  it.each(hostileStrings.map((value) => [JSON.stringify(value), value]))(
    'should render %s in every field with no script, handler, unsafe URL or style, and headers on one line',
    async (_label, value) => {
      const message = await renderNewsletter(hostileContent(value), hostileRecipient(value))
      expect(findingsOf(message)).toEqual([])
    },
  )

  it.each(mixes)('should render random mix %i of hostile strings safely', async (_seed, value) => {
    const message = await renderNewsletter(hostileContent(value), hostileRecipient(value))
    expect(findingsOf(message)).toEqual([])
  })

  it.each([
    '</mj-text><mj-raw><script>alert(1)</script></mj-raw><mj-text>',
    '"><img src=x onerror=alert(1)>',
    '<$100 & "quotes" \'single\' `backtick`',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
  ])('should show %s as the text it is', async (value) => {
    const content = hostileContent('Titre')
    const message = await renderNewsletter(
      { ...content, items: [{ ...content.items[1]!, summary: value, title: value }] },
      hostileRecipient('Claire'),
    )
    const text = textOf(parse(message.html))
    expect(text).toContain(value)
    expect(message.text).toContain(value)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    'https://evil.example:99999/',
    'mailto:someone@evil.example',
  ])('should leave out the read button, image, Facebook share and registration link for %j', async (url) => {
    const content = hostileContent('Titre')
    const message = await renderNewsletter(
      {
        ...content,
        items: [{ ...content.items[1]!, imageUrl: url, link: url, title: 'Portes ouvertes' }],
        upcoming: [{ label: 'Formation', registrationLink: url, start: '2027-03-04T11:30:00Z' }],
      },
      hostileRecipient('Claire'),
    )
    const elements = elementsOf(message.html)
    const hrefs = elements.flatMap((element) => element.attrs.filter((attr) => attr.name === 'href').map((attr) => attr.value))
    expect(elements.filter((element) => element.tagName === 'img')).toEqual([])
    expect(hrefs.filter((href) => !/^https:\/\/(www\.linkedin\.com|x\.com|ambassadeurs\.ardelys\.example)\//.test(href))).toEqual([])
    expect(hrefs.filter((href) => href.includes('evil'))).toEqual([])
    expect(message.text).not.toMatch(/^(Lire|S’inscrire|Partager sur Facebook)$/m)
  })

  it('should not let content that spells a slot be filled with a recipient’s values', async () => {
    const forged = hostileStrings.filter((value) => value.includes('&amb-') || value.includes('\uE000')).join(' ')
    const compiled = await compileSegment(hostileContent(forged))
    const message = renderForRecipient(compiled, {
      ambassadorId: 7,
      email: 'claire@ardelys.example',
      firstName: 'Claire',
      preferencesToken: 'preferences-token-7',
      unsubscribeToken: 'unsubscribe-token-7',
    })
    expect([...compiled.html.slots].sort()).toEqual(['greetingHtml', 'preferencesToken', 'unsubscribeToken'])
    expect([...compiled.text.slots].sort()).toEqual(['greetingText', 'preferencesToken', 'unsubscribeToken'])
    expect(message.html.split('unsubscribe-token-7')).toHaveLength(2)
    expect(message.text.split('unsubscribe-token-7')).toHaveLength(2)
    expect(message.html.split('Bonjour Claire,')).toHaveLength(2)
  })

  it('should keep the subject and every header on one line when the title, name and ids carry CR/LF', async () => {
    const value = 'Lettre\r\nBcc: victim@example.com\nX-Injected: 1\r'
    const message = await renderNewsletter(hostileContent(value), hostileRecipient(value))
    expect(message.subject).toBe('Lettre Bcc: victim@example.com X-Injected: 1')
    expect(Object.values(message.headers).filter((header) => /[\r\n]/.test(header))).toEqual([])
  })

  it('should percent-encode a hostile share text so that it decodes back to the text', async () => {
    const value = 'Partagez !\r\n" onmouseover="alert(1)&url=https://evil.example#x'
    const content = hostileContent('Titre')
    const message = await renderNewsletter(
      { ...content, items: [{ ...content.items[1]!, shareTexts: [{ network: 'x', text: value }] }] },
      hostileRecipient('Claire'),
    )
    const x = elementsOf(message.html)
      .flatMap((element) => element.attrs.filter((attr) => attr.name === 'href').map((attr) => attr.value))
      .find((href) => href.startsWith('https://x.com/'))!
    expect(new URL(x).searchParams.getAll('text')).toEqual([value])
    expect(new URL(x).searchParams.getAll('url')).toEqual([content.items[1]!.link])
  })
})

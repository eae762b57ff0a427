import type { DefaultTreeAdapterTypes } from 'parse5'

import { parse } from 'parse5'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import type { CompiledSegment } from '../../src/newsletter/render/index.ts'
import type { NewsletterItem, NewsletterRecipient, SegmentContent } from '../../src/newsletter/types.ts'

import { compileMjml } from '../../src/emails/compileMjml.ts'
import { compileSegment, renderForRecipient, renderNewsletter } from '../../src/newsletter/render/index.ts'
import { signToken } from '../../src/newsletter/tokens.ts'

// The real compiler behind a spy: the tests count how often MJML runs.
vi.mock('../../src/emails/compileMjml.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/emails/compileMjml.ts')>()
  return { compileMjml: vi.fn(original.compileMjml) }
})

const secret = 'newsletter-render-test-secret'
const itemLink = 'https://www.ardelys.example/actualites/portes-ouvertes-lyon?utm_source=ambassadeurs&utm_medium=email'

const portesOuvertes: NewsletterItem = {
  id: 1,
  imageAlt: 'Des visiteurs dans l’atelier de Lyon',
  imageUrl: 'https://cdn.ardelys.example/images/portes-ouvertes.jpg',
  link: itemLink,
  shareTexts: [
    { network: 'linkedin', text: 'Belle journée portes ouvertes à Lyon : merci à tous les visiteurs ! #Ardelys' },
    { network: 'x', text: 'Portes ouvertes à Lyon & ateliers : retour en images' },
  ],
  suggestedBy: { name: 'Camille Martin', network: 'Auvergne-Rhône-Alpes' },
  summary: 'Retour sur la journée portes ouvertes de l’agence de Lyon.\nAteliers, visites et rencontres.',
  theme: { color: '#c2410c', name: 'Marque employeur' },
  title: 'Portes ouvertes à Lyon',
}

const webinaire: NewsletterItem = {
  id: 2,
  link: 'https://www.ardelys.example/webinaires/cybersecurite',
  shareTexts: [],
  summary: 'Les bons réflexes en 45 minutes.',
  theme: { name: 'Innovation' },
  title: 'Webinaire cybersécurité',
}

const segment = (overrides: Partial<SegmentContent> = {}): SegmentContent => ({
  ambassadorsSlug: 'ambassadors',
  apiRoute: '/api',
  introduction: 'Voici la sélection de la quinzaine.\n\nBonne lecture et bons partages !',
  issue: { id: 42, sendDate: '2027-03-01', title: 'La lettre des ambassadeurs — mars' },
  items: [portesOuvertes, webinaire],
  language: 'fr',
  programmeName: 'Ambassadeurs Ardelys',
  publicUrl: 'https://ambassadeurs.ardelys.example',
  timeZone: 'Europe/Paris',
  unsubscribeMailto: 'desinscription@ardelys.example',
  upcoming: [
    {
      label: 'Formation : prendre la parole sur LinkedIn',
      place: 'Lyon, salle Confluence',
      registrationLink: 'https://www.ardelys.example/formations/linkedin?session=12',
      start: '2027-03-04T11:30:00.000Z',
    },
  ],
  ...overrides,
})

const recipient = (overrides: Partial<NewsletterRecipient> = {}): NewsletterRecipient => ({
  ambassadorId: 7,
  email: 'claire.dubois@ardelys.example',
  firstName: 'Claire',
  preferencesToken: signToken('preferences', { ambassador: 7 }, secret),
  unsubscribeToken: signToken('unsubscribe', { ambassador: 7 }, secret),
  ...overrides,
})

type Element = DefaultTreeAdapterTypes.Element

const elementsOf = (html: string): Element[] => {
  const found: Element[] = []
  const visit = (node: DefaultTreeAdapterTypes.Node) => {
    if ('tagName' in node) {
      found.push(node)
    }
    if ('childNodes' in node) {
      node.childNodes.forEach(visit)
    }
  }
  visit(parse(html))
  return found
}

const attributeOf = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value

/** Every href of the HTML, entities decoded by a real parser. */
const hrefsOf = (html: string): string[] =>
  elementsOf(html).flatMap((element) => attributeOf(element, 'href') ?? [])

/** The visible text of a node, as a reader without images gets it (alt included, whitespace collapsed). */
const textOfNode = (root: DefaultTreeAdapterTypes.Node): string => {
  const parts: string[] = []
  const visit = (node: DefaultTreeAdapterTypes.Node) => {
    if (node.nodeName === '#text' && 'value' in node) {
      parts.push(node.value)
    }
    if ('tagName' in node && node.tagName === 'img') {
      parts.push(attributeOf(node, 'alt') ?? '')
    }
    if ('childNodes' in node && node.nodeName !== 'head') {
      node.childNodes.forEach(visit)
    }
  }
  visit(root)
  return parts.join(' ').replace(/\s+/g, ' ').trim()
}

const textOf = (html: string): string => textOfNode(parse(html))

const preferencesUrl = (token: string) => `https://ambassadeurs.ardelys.example/api/ambassadors/preferences?token=${token}`
const unsubscribeUrl = (token: string) => `https://ambassadeurs.ardelys.example/api/ambassadors/unsubscribe?token=${token}`

const shareUrlsOf = (html: string, host: string) => hrefsOf(html).filter((href) => new URL(href).hostname === host)

let french: CompiledSegment
let english: CompiledSegment

beforeAll(async () => {
  french = await compileSegment(segment())
  english = await compileSegment(segment({ language: 'en' }))
})

beforeEach(() => {
  vi.mocked(compileMjml).mockClear()
})

describe('compileSegment and renderForRecipient: content', () => {
  it('should write a French segment with the French labels', () => {
    const message = renderForRecipient(french, recipient())
    const text = textOf(message.html)
    for (const label of ['Lire', 'Partager :', 'À venir', 'Gérer mes préférences', 'Se désinscrire', 'S’inscrire']) {
      expect(text.replace(/\u00a0/g, ' ')).toContain(label)
    }
    expect(message.html).toContain('<html lang="fr"')
  })

  it('should write an English segment with the English labels', () => {
    const message = renderForRecipient(english, recipient())
    const text = textOf(message.html)
    for (const label of ['Read', 'Share:', 'Coming up', 'Manage my preferences', 'Unsubscribe', 'Register']) {
      expect(text).toContain(label)
    }
    expect(message.html).toContain('<html lang="en"')
  })

  it('should show the programme name, the introduction and every item with its theme, title and summary', () => {
    const text = textOf(renderForRecipient(french, recipient()).html)
    for (const expected of [
      'Ambassadeurs Ardelys',
      'Voici la sélection de la quinzaine.',
      'Bonne lecture et bons partages !',
      'Marque employeur',
      'Portes ouvertes à Lyon',
      'Retour sur la journée portes ouvertes de l’agence de Lyon.',
      'Innovation',
      'Webinaire cybersécurité',
      'Les bons réflexes en 45 minutes.',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('should keep the introduction’s paragraphs and line breaks', () => {
    const message = renderForRecipient(french, recipient())
    expect(message.text).toContain('Voici la sélection de la quinzaine.\n\nBonne lecture et bons partages !')
    expect(message.html).toContain('Ateliers, visites et rencontres.')
    expect(message.html).toMatch(/de Lyon\.<br \/>Ateliers/)
  })

  it('should put the introduction in the hidden preheader', () => {
    const preheader = elementsOf(renderForRecipient(french, recipient()).html).find((element) =>
      attributeOf(element, 'style')?.startsWith('display:none'),
    )!
    expect(textOfNode(preheader)).toContain('Voici la sélection de la quinzaine.')
  })

  it('should show each image with its alt text and link it to the item', () => {
    const image = elementsOf(renderForRecipient(french, recipient()).html).find((element) => element.tagName === 'img')!
    expect(attributeOf(image, 'src')).toBe('https://cdn.ardelys.example/images/portes-ouvertes.jpg')
    expect(attributeOf(image, 'alt')).toBe('Des visiteurs dans l’atelier de Lyon')
  })

  it('should fall back to the title for an image without alt text', async () => {
    const message = await renderNewsletter(
      segment({ items: [{ ...portesOuvertes, imageAlt: undefined }], upcoming: [] }),
      recipient(),
    )
    const image = elementsOf(message.html).find((element) => element.tagName === 'img')!
    expect(attributeOf(image, 'alt')).toBe('Portes ouvertes à Lyon')
  })

  it('should link the read button to the item', () => {
    const links = elementsOf(renderForRecipient(french, recipient()).html).filter((element) => element.tagName === 'a')
    const read = links.find((link) => textOfNode(link) === 'Lire')!
    expect(attributeOf(read, 'href')).toBe(itemLink)
  })

  it('should thank the referent who suggested an item, with their network', () => {
    expect(textOf(renderForRecipient(french, recipient()).html)).toContain(
      'Suggéré par Camille Martin, Auvergne-Rhône-Alpes',
    )
    expect(textOf(renderForRecipient(english, recipient()).html)).toContain(
      'Suggested by Camille Martin, Auvergne-Rhône-Alpes',
    )
  })

  it('should thank a referent without a network by name alone', async () => {
    const message = await renderNewsletter(
      segment({ items: [{ ...portesOuvertes, suggestedBy: { name: 'Karim Benali' } }], upcoming: [] }),
      recipient(),
    )
    expect(message.text).toMatch(/^Suggéré par Karim Benali$/m)
  })

  it('should take the subject from the issue title on one line', async () => {
    const message = await renderNewsletter(
      segment({ issue: { id: 42, sendDate: '2027-03-01', title: 'La lettre\r\nBcc: tous@ardelys.example\u0007' } }),
      recipient(),
    )
    expect(message.subject).toBe('La lettre Bcc: tous@ardelys.example')
  })
})

describe('compileSegment and renderForRecipient: greeting', () => {
  it('should cut a subject stored before the length limit to 150 characters', async () => {
    const message = await renderNewsletter(segment({ issue: { id: 42, sendDate: '2027-03-01', title: 'Lettre '.repeat(160) } }), recipient())
    expect([Array.from(message.subject).length, message.subject.endsWith('…')]).toEqual([150, true])
  })

  it('should greet by first name in French', () => {
    const message = renderForRecipient(french, recipient())
    expect(textOf(message.html)).toContain('Bonjour Claire,')
    expect(message.text).toMatch(/^Bonjour Claire,$/m)
  })

  it('should greet by first name in English', () => {
    const message = renderForRecipient(english, recipient())
    expect(textOf(message.html)).toContain('Hello Claire,')
    expect(message.text).toMatch(/^Hello Claire,$/m)
  })

  it.each([
    ['fr', 'Bonjour,'],
    ['en', 'Hello,'],
  ] as const)('should greet without a name in %s when the ambassador has none', (language, greeting) => {
    const message = renderForRecipient(language === 'fr' ? french : english, recipient({ firstName: undefined }))
    expect(textOf(message.html)).toContain(greeting)
    expect(message.text).toMatch(new RegExp(`^${greeting}$`, 'm'))
  })

  it('should greet a blank first name as no name', () => {
    expect(renderForRecipient(french, recipient({ firstName: ' \t ' })).text).toMatch(/^Bonjour,$/m)
  })

  it('should escape the first name in the HTML and keep it as written in the text', () => {
    const message = renderForRecipient(french, recipient({ firstName: 'Zoé <b>&</b>' }))
    expect(message.html).toContain('Bonjour Zoé &lt;b&gt;&amp;&lt;/b&gt;,')
    expect(textOf(message.html)).toContain('Bonjour Zoé <b>&</b>,')
    expect(message.text).toMatch(/^Bonjour Zoé <b>&<\/b>,$/m)
  })

  it('should write a first name with line breaks on one line', () => {
    expect(renderForRecipient(french, recipient({ firstName: 'Anne-\r\nSophie' })).text).toMatch(/^Bonjour Anne- Sophie,$/m)
  })
})

describe('compileSegment and renderForRecipient: links', () => {
  it('should link the preferences and the unsubscribe pages with the recipient’s tokens', () => {
    const { preferencesToken, unsubscribeToken } = recipient()
    const hrefs = hrefsOf(renderForRecipient(french, recipient()).html)
    expect(hrefs).toContain(preferencesUrl(preferencesToken))
    expect(hrefs).toContain(unsubscribeUrl(unsubscribeToken))
  })

  it('should URL-encode tokens that are not URL-safe', () => {
    const message = renderForRecipient(french, recipient({ preferencesToken: 'a+b/c=d&e', unsubscribeToken: 'x y"z' }))
    const hrefs = hrefsOf(message.html)
    expect(hrefs).toContain(preferencesUrl('a%2Bb%2Fc%3Dd%26e'))
    expect(hrefs).toContain(unsubscribeUrl('x%20y%22z'))
    expect(new URL(unsubscribeUrl('x%20y%22z')).searchParams.get('token')).toBe('x y"z')
  })

  it('should write both links in the text part', () => {
    const { preferencesToken, unsubscribeToken } = recipient()
    const { text } = renderForRecipient(french, recipient())
    expect(text).toContain(`Gérer mes préférences\n${preferencesUrl(preferencesToken)}`)
    expect(text).toContain(`Se désinscrire\n${unsubscribeUrl(unsubscribeToken)}`)
  })

  it('should give each recipient their own tokens from the same compiled segment', () => {
    const other = recipient({ ambassadorId: 8, preferencesToken: 'p-8', unsubscribeToken: 'u-8' })
    const [first, second] = [renderForRecipient(french, recipient()), renderForRecipient(french, other)]
    expect(hrefsOf(second.html)).toContain(unsubscribeUrl('u-8'))
    expect(second.html).not.toContain(recipient().unsubscribeToken)
    expect(first.html).not.toContain('u-8')
  })

  it('should keep the path of a public URL and drop its trailing slash', async () => {
    const message = await renderNewsletter(
      segment({ apiRoute: '/api/', publicUrl: 'https://www.ardelys.example/ambassadeurs/' }),
      recipient({ unsubscribeToken: 'u-7' }),
    )
    expect(hrefsOf(message.html)).toContain('https://www.ardelys.example/ambassadeurs/api/ambassadors/unsubscribe?token=u-7')
  })

  it('should refuse a public URL that is not http(s)', async () => {
    await expect(compileSegment(segment({ publicUrl: 'javascript:alert(1)//' }))).rejects.toThrow(
      /publicUrl must be an absolute http\(s\) URL/,
    )
  })
})

describe('compileSegment and renderForRecipient: headers', () => {
  it('should offer the one-click URL and the mailto in List-Unsubscribe', () => {
    expect(renderForRecipient(french, recipient({ unsubscribeToken: 'u-7' })).headers['List-Unsubscribe']).toBe(
      `<${unsubscribeUrl('u-7')}>, <mailto:desinscription@ardelys.example?subject=unsubscribe>`,
    )
  })

  it.each([
    ['absent', undefined],
    ['not an address', 'desinscription@ardelys.example?cc=tous@ardelys.example'],
  ])('should offer the one-click URL alone when the mailto is %s', async (_case, unsubscribeMailto) => {
    const compiled = await compileSegment(segment({ unsubscribeMailto }))
    expect(renderForRecipient(compiled, recipient({ unsubscribeToken: 'u-7' })).headers['List-Unsubscribe']).toBe(
      `<${unsubscribeUrl('u-7')}>`,
    )
  })

  it('should accept the mailto written as a mailto: URL', async () => {
    const compiled = await compileSegment(segment({ unsubscribeMailto: 'mailto:desinscription@ardelys.example' }))
    expect(renderForRecipient(compiled, recipient()).headers['List-Unsubscribe']).toMatch(
      /, <mailto:desinscription@ardelys\.example\?subject=unsubscribe>$/,
    )
  })

  it('should mark the message one-click unsubscribable (RFC 8058)', () => {
    expect(renderForRecipient(french, recipient()).headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
  })

  it('should name the list after the programme and the site’s host, without doubling the label the host starts with', () => {
    expect(renderForRecipient(french, recipient()).headers['List-Id']).toBe(
      'Ambassadeurs Ardelys <ambassadeurs.ardelys.example>',
    )
  })

  it('should put the label before a host that does not start with it in List-Id', async () => {
    const compiled = await compileSegment(segment({ publicUrl: 'https://www.ardelys.example/ambassadeurs/' }))
    expect(renderForRecipient(compiled, recipient()).headers['List-Id']).toBe('Ambassadeurs Ardelys <ambassadeurs.www.ardelys.example>')
  })

  it('should quote a programme name with special characters in List-Id', async () => {
    const compiled = await compileSegment(segment({ programmeName: 'Ardelys "Ambassadeurs", Lyon' }))
    expect(renderForRecipient(compiled, recipient()).headers['List-Id']).toBe(
      '"Ardelys \\"Ambassadeurs\\", Lyon" <ambassadeurs.ardelys.example>',
    )
  })

  it('should give the same Message-ID to the same issue and ambassador, compiled again', async () => {
    const again = await compileSegment(segment())
    expect(renderForRecipient(again, recipient()).headers['Message-ID']).toBe(
      renderForRecipient(french, recipient()).headers['Message-ID'],
    )
    expect(renderForRecipient(french, recipient()).headers['Message-ID']).toBe(
      '<newsletter-42-7@ambassadeurs.ardelys.example>',
    )
  })

  it('should give different Message-IDs to different ambassadors and to different issues', async () => {
    const nextIssue = await compileSegment(segment({ issue: { id: 43, sendDate: '2027-03-15', title: 'Mi-mars' } }))
    const ids = [
      renderForRecipient(french, recipient()).headers['Message-ID'],
      renderForRecipient(french, recipient({ ambassadorId: 8 })).headers['Message-ID'],
      renderForRecipient(nextIssue, recipient()).headers['Message-ID'],
    ]
    expect(new Set(ids).size).toBe(3)
  })

  it('should encode an ambassador id that is not a plain atom in the Message-ID', () => {
    expect(renderForRecipient(french, recipient({ ambassadorId: 'a b>@c' })).headers['Message-ID']).toBe(
      '<newsletter-42-a%20b%3E%40c@ambassadeurs.ardelys.example>',
    )
  })
})

describe('compileSegment and renderForRecipient: plain text', () => {
  it('should carry every item’s title, summary, read link and share links', () => {
    const { html, text } = renderForRecipient(french, recipient())
    for (const expected of [
      'Portes ouvertes à Lyon',
      'Retour sur la journée portes ouvertes de l’agence de Lyon.\nAteliers, visites et rencontres.',
      `Lire\n${itemLink}`,
      'Webinaire cybersécurité',
      'Les bons réflexes en 45 minutes.',
      'Suggéré par Camille Martin, Auvergne-Rhône-Alpes',
      '[Marque employeur]',
    ]) {
      expect(text).toContain(expected)
    }
    for (const share of [
      ...shareUrlsOf(html, 'www.linkedin.com'),
      ...shareUrlsOf(html, 'x.com'),
      ...shareUrlsOf(html, 'www.facebook.com'),
    ]) {
      expect(text).toContain(share)
    }
  })

  it('should carry the coming-up block', () => {
    const { text } = renderForRecipient(french, recipient())
    expect(text).toContain('À VENIR')
    expect(text).toContain('- jeudi 4 mars 2027 à 12:30 · Formation : prendre la parole sur LinkedIn')
    expect(text).toContain('Lyon, salle Confluence')
    expect(text).toContain('https://www.ardelys.example/formations/linkedin?session=12')
  })

  it('should start with the programme name and end with the footer after a signature line', () => {
    const { text } = renderForRecipient(french, recipient())
    expect(text.startsWith('Ambassadeurs Ardelys\n\nBonjour Claire,\n\n')).toBe(true)
    expect(text).toMatch(/\n-- \nVous recevez cette lettre parce que /)
  })
})

describe('compileSegment and renderForRecipient: share links', () => {
  it('should prefill LinkedIn with the suggested text, a space and the link', () => {
    const [linkedin] = shareUrlsOf(renderForRecipient(french, recipient()).html, 'www.linkedin.com')
    const url = new URL(linkedin!)
    expect(url.origin + url.pathname).toBe('https://www.linkedin.com/feed/')
    expect(url.searchParams.get('shareActive')).toBe('true')
    expect(url.searchParams.get('text')).toBe(`${portesOuvertes.shareTexts[0]!.text} ${itemLink}`)
  })

  it('should prefill X with its own text and the link as separate parameters', () => {
    const [x] = shareUrlsOf(renderForRecipient(french, recipient()).html, 'x.com')
    const url = new URL(x!)
    expect(url.origin + url.pathname).toBe('https://x.com/intent/post')
    expect(url.searchParams.get('text')).toBe('Portes ouvertes à Lyon & ateliers : retour en images')
    expect(url.searchParams.get('url')).toBe(itemLink)
  })

  it('should share the link on Facebook', () => {
    const [facebook] = shareUrlsOf(renderForRecipient(french, recipient()).html, 'www.facebook.com')
    const url = new URL(facebook!)
    expect(url.origin + url.pathname).toBe('https://www.facebook.com/sharer/sharer.php')
    expect(url.searchParams.get('u')).toBe(itemLink)
  })

  it('should fall back to the title when an item has no text for the network', () => {
    const linkedin = shareUrlsOf(renderForRecipient(french, recipient()).html, 'www.linkedin.com')
    expect(new URL(linkedin[1]!).searchParams.get('text')).toBe(`Webinaire cybersécurité ${webinaire.link}`)
  })

  it('should percent-encode the text so that it round-trips', async () => {
    const text = 'Fiers de nos 100 % alternants ! #Ardelys + toi & moi = 🚀\nDeuxième ligne'
    const message = await renderNewsletter(
      segment({ items: [{ ...webinaire, shareTexts: [{ network: 'x', text }] }], upcoming: [] }),
      recipient(),
    )
    const [x] = shareUrlsOf(message.html, 'x.com')
    expect(x).toContain('%23Ardelys%20%2B%20toi%20%26%20moi%20%3D%20')
    expect(new URL(x!).searchParams.get('text')).toBe(text)
  })

  it('should share the text alone and leave Facebook out when the item has no link', async () => {
    const message = await renderNewsletter(
      segment({ items: [{ ...portesOuvertes, link: undefined }], upcoming: [] }),
      recipient(),
    )
    const [linkedin] = shareUrlsOf(message.html, 'www.linkedin.com')
    expect(new URL(linkedin!).searchParams.get('text')).toBe(portesOuvertes.shareTexts[0]!.text)
    expect(shareUrlsOf(message.html, 'www.facebook.com')).toEqual([])
    expect(textOf(message.html)).not.toMatch(/\bLire\b/)
  })
})

describe('compileSegment and renderForRecipient: coming up', () => {
  it('should show each event’s date in the programme’s time zone, label, place and registration link', () => {
    const html = renderForRecipient(french, recipient()).html
    const text = textOf(html)
    expect(text).toContain('jeudi 4 mars 2027 à 12:30 · Formation : prendre la parole sur LinkedIn')
    expect(text).toContain('Lyon, salle Confluence')
    expect(hrefsOf(html)).toContain('https://www.ardelys.example/formations/linkedin?session=12')
  })

  it('should write the date in another time zone as the wall time there', async () => {
    const message = await renderNewsletter(segment({ timeZone: 'America/Montreal' }), recipient())
    expect(textOf(message.html)).toContain('jeudi 4 mars 2027 à 06:30 · Formation')
  })

  it('should write an event’s start as every English email writes a moment', async () => {
    const message = await renderNewsletter(segment({ language: 'en' }), recipient())
    expect(textOf(message.html)).toContain('Thursday 4 March 2027 at 12:30 · Formation')
  })

  it('should leave the block out when nothing is coming up', async () => {
    const message = await renderNewsletter(segment({ upcoming: [] }), recipient())
    expect(textOf(message.html)).not.toContain('À venir')
    expect(message.text).not.toContain('À VENIR')
  })
})

describe('compileSegment and renderForRecipient: MJML once per segment', () => {
  it('should run MJML once when a segment is compiled', async () => {
    await compileSegment(segment())
    expect(compileMjml).toHaveBeenCalledTimes(1)
  })

  it('should never run MJML when rendering for recipients', () => {
    for (let index = 0; index < 1000; index++) {
      renderForRecipient(french, recipient({ ambassadorId: index, firstName: `Ambassadeur ${index}` }))
    }
    expect(compileMjml).not.toHaveBeenCalled()
  })

  it('should render synchronously, from plain data that survives JSON', () => {
    const stored = JSON.parse(JSON.stringify(french)) as CompiledSegment
    const message = renderForRecipient(stored, recipient())
    expect(message).not.toBeInstanceOf(Promise)
    expect(message).toEqual(renderForRecipient(french, recipient()))
  })

  it('should leave the recipient’s values as the only slots of the templates', () => {
    expect([...french.html.slots].sort()).toEqual(['greetingHtml', 'preferencesToken', 'unsubscribeToken'])
    expect([...french.text.slots].sort()).toEqual(['greetingText', 'preferencesToken', 'unsubscribeToken'])
  })
})

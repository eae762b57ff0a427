import { describe, expect, it } from 'vitest'

import type { PreferencesPageData } from '../../src/newsletter/pages/renderPreferencesPage.ts'
import type { UnsubscribePageData } from '../../src/newsletter/pages/renderUnsubscribePage.ts'

import { checkFormToken, formTokenMaxAgeMs, issueFormToken } from '../../src/newsletter/pages/formToken.ts'
import { isOneClickBody, parsePreferencesForm, readBoundedText, readFormFields } from '../../src/newsletter/pages/preferencesForm.ts'
import { renderErrorPage } from '../../src/newsletter/pages/renderErrorPage.ts'
import { renderPreferencesPage } from '../../src/newsletter/pages/renderPreferencesPage.ts'
import { renderUnsubscribePage } from '../../src/newsletter/pages/renderUnsubscribePage.ts'
import { isForeignPost, ownOrigins } from '../../src/newsletter/pages/requestOrigin.ts'
import { previewTokenMaxAgeMs, signToken, verifyToken } from '../../src/newsletter/tokens.ts'

const hostile = '<script>alert("x")</script>'
const hostileAttribute = '"><img src=x onerror=alert(1)>'

const preferencesData = (overrides: Partial<PreferencesPageData> = {}): PreferencesPageData => ({
  action: 'preferences?token=a1.key.preferences.7.sig',
  firstName: 'Camille',
  formToken: 'kx1.signature',
  frequency: 'twice-monthly',
  language: 'fr',
  programmeName: 'Ambassadeurs Ardelys',
  subscribed: true,
  themes: [
    { checked: true, id: 1, name: 'Transition énergétique' },
    { checked: false, id: 2, name: 'Réglementation et normes' },
  ],
  unsubscribeUrl: 'unsubscribe?token=a1.key.unsubscribe.7.sig',
  ...overrides,
})

const unsubscribeData = (overrides: Partial<UnsubscribePageData> = {}): UnsubscribePageData => ({
  action: 'unsubscribe?token=a1.key.unsubscribe.7.sig',
  firstName: 'Camille',
  frequency: 'twice-monthly',
  language: 'fr',
  programmeName: 'Ambassadeurs Ardelys',
  state: 'confirm',
  ...overrides,
})

/** Every element the page opens, by tag name. */
const tagsOf = (html: string) => new Set([...html.matchAll(/<([a-z][a-z0-9]*)\b/gi)].map((match) => match[1]!.toLowerCase()))

const everyPage = () => [
  renderPreferencesPage(preferencesData()),
  renderPreferencesPage(preferencesData({ language: 'en', subscribed: false })),
  renderUnsubscribePage(unsubscribeData()),
  renderUnsubscribePage(unsubscribeData({ state: 'done' })),
  renderErrorPage({ programmeName: { en: 'Ambassador programme', fr: 'Programme ambassadeurs' } }),
]

describe('the preference page', () => {
  it('should escape a hostile theme name, first name and programme name', () => {
    const html = renderPreferencesPage(
      preferencesData({
        firstName: hostile,
        programmeName: hostileAttribute,
        themes: [{ checked: false, id: 1, name: hostile }, { checked: true, id: 2, name: hostileAttribute }],
      }),
    )

    expect(tagsOf(html)).not.toContain('script')
    expect(tagsOf(html)).not.toContain('img')
    expect(html).toContain('Bonjour &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;,')
    expect(html).toContain('<span>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</span>')
    expect(html).toContain('<title>Vos préférences · &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</title>')
  })

  it('should escape the form action and the form token in their attributes', () => {
    const html = renderPreferencesPage(preferencesData({ action: 'preferences?token="><b>', formToken: '"><b>' }))

    expect(html).toContain('action="preferences?token=&quot;&gt;&lt;b&gt;"')
    expect(html).toContain('name="formToken" value="&quot;&gt;&lt;b&gt;"')
    expect(tagsOf(html)).not.toContain('b')
  })

  it('should be in French with lang="fr", a legend per group and every choice in a label', () => {
    const html = renderPreferencesPage(preferencesData())

    expect(html).toContain('<html lang="fr">')
    expect([...html.matchAll(/<legend>([^<]+)<\/legend>/g)].map((match) => match[1])).toEqual([
      'Thématiques qui vous intéressent',
      'Fréquence de la newsletter',
      'Langue de la newsletter',
    ])
    expect(html.match(/<input type="(checkbox|radio)"/g)).toHaveLength(7)
    expect(html.match(/<label class="choice"><input type="(checkbox|radio)"/g)).toHaveLength(7)
    expect(html).toContain('<span lang="en">English</span>')
    expect(html).toContain('<button type="submit">Enregistrer mes préférences</button>')
  })

  it('should be in English with lang="en" and the English wording', () => {
    const html = renderPreferencesPage(preferencesData({ frequency: 'paused', language: 'en' }))

    expect(html).toContain('<html lang="en">')
    expect(html).toContain('<h1>Your preferences</h1>')
    expect(html).toContain('value="paused" checked><span>Paused: I receive nothing for now</span>')
    expect(html).toContain('value="en" checked><span lang="en">English</span>')
  })

  it('should offer an unsubscribed ambassador to subscribe again instead of the unsubscribe link', () => {
    const html = renderPreferencesPage(preferencesData({ subscribed: false }))

    expect(html).toContain('<button type="submit" name="resubscribe" value="yes">Me réinscrire avec ces préférences</button>')
    expect(html).not.toContain('unsubscribe?token=')
  })

  it('should show a confirmation as a status and a refusal as an alert', () => {
    expect(renderPreferencesPage(preferencesData({ notice: 'saved' }))).toContain(
      '<p class="notice" role="status">Vos préférences sont enregistrées.</p>',
    )
    expect(renderPreferencesPage(preferencesData({ language: 'en', notice: 'expired' }))).toContain(
      '<p class="notice error" role="alert">This form has expired',
    )
  })
})

describe('the unsubscribe page', () => {
  it('should escape a hostile first name', () => {
    const html = renderUnsubscribePage(unsubscribeData({ firstName: hostile }))

    expect(tagsOf(html)).not.toContain('script')
    expect(html).toContain('Bonjour &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;,')
  })

  it('should offer monthly and pause next to the button of a twice-monthly reader, in French', () => {
    const html = renderUnsubscribePage(unsubscribeData())

    expect(html).toContain('<html lang="fr">')
    expect([...html.matchAll(/<button[^>]*>([^<]+)<\/button>/g)].map((match) => match[1])).toEqual([
      'Me désinscrire',
      'La recevoir une fois par mois',
      'La mettre en pause',
    ])
  })

  it('should offer only the pause to a monthly reader and nothing lighter to a paused one, in English', () => {
    const buttons = (html: string) => [...html.matchAll(/<button[^>]*>([^<]+)<\/button>/g)].map((match) => match[1])

    expect(buttons(renderUnsubscribePage(unsubscribeData({ frequency: 'monthly', language: 'en' })))).toEqual([
      'Unsubscribe',
      'Pause it',
    ])
    expect(buttons(renderUnsubscribePage(unsubscribeData({ frequency: 'paused', language: 'en' })))).toEqual(['Unsubscribe'])
  })

  it('should confirm the unsubscription without a button, saying where preferences are changed', () => {
    const html = renderUnsubscribePage(unsubscribeData({ language: 'en', state: 'done' }))

    expect(html).toContain('<h1>You are unsubscribed</h1>')
    expect(html).not.toContain('<button')
    expect(html).toContain('use the “Manage my preferences” link at the bottom of any newsletter email.')
  })

  it('should post its lighter choices to its own action, with no form token of another page', () => {
    const html = renderUnsubscribePage(unsubscribeData())

    expect([...html.matchAll(/<form method="post" action="([^"]+)">/g)].map((match) => match[1])).toEqual([
      'unsubscribe?token=a1.key.unsubscribe.7.sig',
      'unsubscribe?token=a1.key.unsubscribe.7.sig',
      'unsubscribe?token=a1.key.unsubscribe.7.sig',
    ])
    expect(html).not.toContain('formToken')
  })

  it('should say a preview is a preview, above the confirmation', () => {
    const html = renderUnsubscribePage(unsubscribeData({ language: 'en', preview: true }))

    expect(html).toContain('<p class="notice info" role="note">Preview of the page this ambassador sees: nothing you do here is saved.</p>')
  })
})

describe('the error page', () => {
  it('should say the same in French and English, the English part marked lang="en"', () => {
    const html = renderErrorPage({ programmeName: { en: 'Ambassador programme', fr: 'Programme ambassadeurs' } })

    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('<h1>Ce lien ne fonctionne pas</h1>')
    expect(html).toContain('<div class="card" lang="en">\n<h2>This link does not work</h2>')
  })
})

describe('every page', () => {
  it('should run no script, load nothing and style itself inline', () => {
    for (const html of everyPage()) {
      expect(tagsOf(html)).not.toContain('script')
      expect(tagsOf(html)).not.toContain('link')
      expect(tagsOf(html)).not.toContain('img')
      expect(html).not.toMatch(/\son[a-z]+=/i)
      expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
      expect(html).toMatch(/<style>[^<]+<\/style>/)
    }
  })
})

describe('the form token', () => {
  const secret = 'the-current-secret'
  const pageToken = signToken('preferences', { ambassador: 7 }, secret)
  const now = Date.parse('2026-11-29T10:00:00Z')

  it('should accept the field a page issued, under a day later, while no save came since', () => {
    expect(checkFormToken(issueFormToken(pageToken, 3, secret, now), pageToken, 3, [secret], now + formTokenMaxAgeMs - 1000)).toBe('valid')
  })

  it('should call a field used once a save has raised the form version', () => {
    expect(checkFormToken(issueFormToken(pageToken, 3, secret, now), pageToken, 4, [secret], now)).toBe('used')
  })

  it('should refuse a field whose form version was changed', () => {
    const [issuedAt, , signature] = issueFormToken(pageToken, 3, secret, now).split('.')
    expect(checkFormToken(`${issuedAt}.4.${signature}`, pageToken, 4, [secret], now)).toBe('refused')
  })

  it('should refuse a field older than a day', () => {
    expect(checkFormToken(issueFormToken(pageToken, 0, secret, now), pageToken, 0, [secret], now + formTokenMaxAgeMs + 1000)).toBe('refused')
  })

  it('should refuse a field issued for another ambassador’s page', () => {
    const other = signToken('preferences', { ambassador: 8 }, secret)
    expect(checkFormToken(issueFormToken(other, 0, secret, now), pageToken, 0, [secret], now)).toBe('refused')
  })

  it('should refuse a field whose time was moved forward to outlive its day', () => {
    const [, version, signature] = issueFormToken(pageToken, 0, secret, now).split('.')
    const later = Math.floor((now + formTokenMaxAgeMs) / 1000).toString(36)
    expect(checkFormToken(`${later}.${version}.${signature}`, pageToken, 0, [secret], now + formTokenMaxAgeMs + 1000)).toBe('refused')
  })

  it.each([[undefined], [''], ['kx1'], ['kx1.a'], ['kx1.0.a.b'], ['KX1.0.abc'], ['x'.repeat(200)]])('should refuse the malformed field %j', (field) => {
    expect(checkFormToken(field, pageToken, 0, [secret], now)).toBe('refused')
  })

  it('should accept a field issued with a former secret that is still listed', () => {
    const field = issueFormToken(pageToken, 0, 'the-former-secret', now)
    expect([checkFormToken(field, pageToken, 0, [secret, 'the-former-secret'], now), checkFormToken(field, pageToken, 0, [secret], now)]).toEqual([
      'valid',
      'refused',
    ])
  })

  it('should not be usable as a link token, nor a link token as a field', () => {
    expect(verifyToken(issueFormToken(pageToken, 0, secret, now), 'preferences', [secret])).toBeUndefined()
    expect(checkFormToken(pageToken, pageToken, 0, [secret], now)).toBe('refused')
  })
})

describe('preview tokens', () => {
  const secret = 'the-current-secret'
  const now = Date.parse('2026-11-29T10:00:00Z')

  it('should name the ambassador for the week after it is signed', () => {
    const token = signToken('preview', { ambassador: 7 }, secret, now)
    expect([verifyToken(token, 'preview', [secret], now + previewTokenMaxAgeMs - 1000), verifyToken(token, 'preview', [secret], now + previewTokenMaxAgeMs + 1000)]).toEqual([
      { ambassador: '7' },
      undefined,
    ])
  })

  it('should be refused for every other purpose, and no other purpose’s token taken for it', () => {
    const preview = signToken('preview', { ambassador: 7 }, secret, now)
    const others = (['preferences', 'unsubscribe'] as const).map((purpose) => signToken(purpose, { ambassador: 7 }, secret))
    expect([
      verifyToken(preview, 'preferences', [secret], now),
      verifyToken(preview, 'unsubscribe', [secret], now),
      ...others.map((token) => verifyToken(token, 'preview', [secret], now)),
    ]).toEqual([undefined, undefined, undefined, undefined])
  })

  it('should refuse a preview whose expiry was pushed later', () => {
    const [head, kid, purpose, ambassador, , signature] = signToken('preview', { ambassador: 7 }, secret, now).split('.')
    const later = Math.floor((now + 10 * previewTokenMaxAgeMs) / 1000).toString(36)
    expect(verifyToken([head, kid, purpose, ambassador, later, signature].join('.'), 'preview', [secret], now + 2 * previewTokenMaxAgeMs)).toBeUndefined()
  })
})

describe('where a posted form comes from', () => {
  const origins = ownOrigins('https://ambassadeurs.example/base', 'http://localhost:3000/api/ambassadors/preferences?token=x')
  const post = (headers: Record<string, string>) => isForeignPost(new Headers(headers), origins)

  it('should know the server’s public origin and the one the request reached', () => {
    expect(origins).toEqual(['https://ambassadeurs.example', 'http://localhost:3000'])
  })

  it('should take a post as foreign when another site or an opaque context sent it, whatever the other header says', () => {
    expect([
      post({ origin: 'https://evil.example' }),
      post({ origin: 'null' }),
      post({ 'sec-fetch-site': 'cross-site' }),
      post({ 'sec-fetch-site': 'same-site', origin: 'https://ambassadeurs.example' }),
      post({ 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' }),
    ]).toEqual([true, true, true, true, true])
  })

  it('should take a post from the page itself, or with neither header, as its own', () => {
    expect([post({ origin: 'https://ambassadeurs.example', 'sec-fetch-site': 'same-origin' }), post({ origin: 'http://localhost:3000' }), post({})]).toEqual([
      false,
      false,
      false,
    ])
  })
})

describe('link tokens across a secret rotation', () => {
  it('should accept a token signed with a former secret only while that secret is listed', () => {
    const token = signToken('unsubscribe', { ambassador: 7 }, 'the-former-secret')
    expect([verifyToken(token, 'unsubscribe', ['the-current-secret', 'the-former-secret']), verifyToken(token, 'unsubscribe', ['the-current-secret'])]).toEqual([
      { ambassador: '7' },
      undefined,
    ])
  })
})

describe('reading a posted form', () => {
  it('should read a URL-encoded and a multipart one-click body alike', async () => {
    const multipart = '--b\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--b--\r\n'
    const fields = await Promise.all([
      readFormFields('List-Unsubscribe=One-Click', 'application/x-www-form-urlencoded'),
      readFormFields(multipart, 'multipart/form-data; boundary=b'),
    ])
    expect(fields.map(isOneClickBody)).toEqual([true, true])
  })

  it('should read no field from a body of another type, or a broken multipart one', async () => {
    const fields = await Promise.all([
      readFormFields('{"List-Unsubscribe":"One-Click"}', 'application/json'),
      readFormFields('List-Unsubscribe=One-Click', null),
      readFormFields('--b\r\nbroken', 'multipart/form-data; boundary=b'),
    ])
    expect(fields.map((field) => [...field.keys()])).toEqual([[], [], []])
  })

  it('should stop reading a body longer than any form of these pages', async () => {
    const stream = (size: number) => new Response('x'.repeat(size)).body
    expect([(await readBoundedText(stream(100)))?.length, await readBoundedText(stream(40 * 1024)), await readBoundedText(null)]).toEqual([
      100,
      undefined,
      '',
    ])
  })

  it('should read the full preference form with its themes', () => {
    const form = parsePreferencesForm(new URLSearchParams('scope=preferences&themes=3&themes=5&frequency=monthly&language=en'))
    expect(form).toEqual({ frequency: 'monthly', language: 'en', scope: 'preferences', themes: ['3', '5'] })
  })

  it('should read the frequency alone from the unsubscribe page’s lighter choices', () => {
    expect(parsePreferencesForm(new URLSearchParams('scope=frequency&frequency=paused'))).toEqual({ frequency: 'paused', scope: 'frequency' })
  })

  it.each([
    ['no scope', 'frequency=monthly&language=fr'],
    ['an unknown frequency', 'scope=preferences&frequency=weekly&language=fr'],
    ['two languages', 'scope=preferences&frequency=monthly&language=fr&language=en'],
    ['a theme id that is no id', 'scope=preferences&frequency=monthly&language=fr&themes=1%20OR%201'],
    ['a resubscribe value other than yes', 'scope=preferences&frequency=monthly&language=fr&resubscribe=1'],
  ])('should refuse %s', (_case, body) => {
    expect(parsePreferencesForm(new URLSearchParams(body))).toBeUndefined()
  })
})

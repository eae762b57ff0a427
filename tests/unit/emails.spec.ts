import { describe, expect, it } from 'vitest'

import type { SuggestionNoticeArgs, SuggestionNoticeKind } from '../../src/emails/index.ts'

import { compileMjml } from '../../src/emails/compileMjml.ts'
import { escapeHtml } from '../../src/emails/escapeHtml.ts'
import { renderOverdueReminder, renderSuggestionDigest, renderSuggestionNotice } from '../../src/emails/index.ts'

/** The demo programme's time zone (the plugin's `defaultTimeZone`), which every render is given. */
const timeZone = 'Europe/Paris'
const itemUrl = 'https://admin.ardelys.example/admin/collections/content-items/42'
const inboxUrl = 'https://admin.ardelys.example/admin/collections/content-items?where[stage][equals]=suggested'

const noticeArgs = (overrides: Partial<SuggestionNoticeArgs> = {}): SuggestionNoticeArgs => ({
  actorName: 'Camille Martin',
  comment: 'Pouvez-vous ajouter une photo de l’atelier ?',
  item: {
    dueDate: '2026-11-26T15:00:00.000Z',
    networkName: 'Région Sud',
    summary: 'Retour sur la journée portes ouvertes.',
    themeNames: ['Marque employeur'],
    title: 'Portes ouvertes à Lyon',
    url: itemUrl,
  },
  kind: 'submitted',
  language: 'fr',
  recipientName: 'Sophie',
  timeZone,
  ...overrides,
})

const digestItem = (overrides: Partial<Parameters<typeof renderSuggestionDigest>[0]['items'][number]> = {}) => ({
  actorName: 'Karim Benali',
  dueDate: '2026-11-20',
  isOverdue: false,
  networkName: 'Ligne métier Assurance',
  title: 'Webinaire cybersécurité',
  url: itemUrl,
  ...overrides,
})

const overdueItem = (overrides: Partial<Parameters<typeof renderOverdueReminder>[0]['items'][number]> = {}) => ({
  daysOverdue: 3,
  dueDate: '2026-11-23T10:00:00.000Z',
  networkName: 'Région Sud',
  title: 'Nos alternants à l’honneur',
  url: itemUrl,
  ...overrides,
})

const hrefsOf = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])

const subjectOpenings: [SuggestionNoticeKind, 'en' | 'fr', RegExp][] = [
  ['submitted', 'fr', /^Nouvelle suggestion de Camille Martin : Portes ouvertes à Lyon$/],
  ['submitted', 'en', /^New suggestion from Camille Martin: Portes ouvertes à Lyon$/],
  ['resubmitted', 'fr', /^Suggestion révisée par Camille Martin : /],
  ['resubmitted', 'en', /^Suggestion revised by Camille Martin: /],
  ['changes-requested', 'fr', /^Votre suggestion « Portes ouvertes à Lyon » : modifications demandées$/],
  ['changes-requested', 'en', /^Your suggestion “Portes ouvertes à Lyon”: changes requested$/],
  ['approved', 'fr', /^Votre suggestion « .+ » : validée$/],
  ['approved', 'en', /^Your suggestion “.+”: approved$/],
  ['rejected', 'fr', /^Votre suggestion « .+ » : refusée$/],
  ['rejected', 'en', /^Your suggestion “.+”: rejected$/],
]

const kinds: SuggestionNoticeKind[] = ['submitted', 'resubmitted', 'changes-requested', 'approved', 'rejected']

describe('renderSuggestionNotice', () => {
  it.each(subjectOpenings)('should render %s in %s with a subject in that language', async (kind, language, subject) => {
    const email = await renderSuggestionNotice(noticeArgs({ kind, language }))
    // French typography puts a non-breaking space before the colon and inside the guillemets.
    expect(email.subject.replace(/\u00a0/g, ' ')).toMatch(subject)
  })

  it.each(subjectOpenings)('should put the title in the HTML and the item URL in the text of %s in %s', async (kind, language) => {
    const email = await renderSuggestionNotice(noticeArgs({ kind, language }))
    expect(email.html).toContain('Portes ouvertes à Lyon')
    expect(email.text).toContain(itemUrl)
    expect(hrefsOf(email.html)).toContain(itemUrl)
  })

  it('should write the due date for the language and the Paris time zone', async () => {
    const [fr, en] = await Promise.all([
      renderSuggestionNotice(noticeArgs({ language: 'fr' })),
      renderSuggestionNotice(noticeArgs({ language: 'en' })),
    ])
    expect(fr.text).toContain('jeudi 26 novembre 2026')
    expect(en.text).toContain('Thursday 26 November 2026')
  })

  it('should show the due date as the day it falls on in the given time zone', async () => {
    const item = { ...noticeArgs().item, dueDate: '2026-11-26T23:30:00.000Z' }
    const [paris, newYork] = await Promise.all([
      renderSuggestionNotice(noticeArgs({ item })),
      renderSuggestionNotice(noticeArgs({ item, timeZone: 'America/New_York' })),
    ])
    expect(paris.text).toContain('vendredi 27 novembre 2026')
    expect(newYork.text).toContain('jeudi 26 novembre 2026')
  })

  it('should elide « de » before a name starting with a vowel, in the subject and the comment', async () => {
    const email = await renderSuggestionNotice(noticeArgs({ actorName: 'Élodie Bernard', kind: 'submitted' }))
    const requested = await renderSuggestionNotice(noticeArgs({ actorName: 'Élodie Bernard', kind: 'changes-requested' }))
    expect([email.subject.replace(/\u00a0/g, ' '), requested.text]).toEqual([
      'Nouvelle suggestion d’Élodie Bernard : Portes ouvertes à Lyon',
      expect.stringContaining('Commentaire d’Élodie Bernard\u00a0:'),
    ])
  })

  it.each(kinds)('should name the decision of %s only with the admin’s words, never “accepted” or “not selected”', async (kind) => {
    const [fr, en] = await Promise.all([
      renderSuggestionNotice(noticeArgs({ kind, language: 'fr' })),
      renderSuggestionNotice(noticeArgs({ kind, language: 'en' })),
    ])
    expect(`${fr.subject} ${fr.text} ${en.subject} ${en.text}`).not.toMatch(/accept|retenu|not selected|decline/i)
  })

  it('should quote the editor comment when changes are requested', async () => {
    const email = await renderSuggestionNotice(
      noticeArgs({ actorName: 'Julien Roux', comment: 'Ajoutez une photo.\nEt le nom du lycée.', kind: 'changes-requested' }),
    )
    expect(email.html).toContain('Ajoutez une photo.<br />Et le nom du lycée.')
    expect(email.text).toContain('Commentaire de Julien Roux\u00a0:\n> Ajoutez une photo.\n> Et le nom du lycée.')
  })

  it.each([
    ['fr', 'Merci pour votre contribution'],
    ['en', 'Thank you for your contribution'],
  ] as const)('should thank the referent when the suggestion is approved (%s)', async (language, thanks) => {
    const email = await renderSuggestionNotice(noticeArgs({ comment: null, kind: 'approved', language }))
    expect(email.html).toContain(thanks)
    expect(email.text).toContain(thanks)
  })

  it.each([
    [true, 'qui vous est attribuée'],
    [false, 'dans votre réseau «\u00a0Région Sud\u00a0»'],
  ])('should say whether a new suggestion is assigned to the editor (assigned: %s)', async (isAssignedToRecipient, where) => {
    const email = await renderSuggestionNotice(noticeArgs({ isAssignedToRecipient }))
    expect(email.text).toContain(where)
  })

  it('should show network, themes and summary to editors', async () => {
    const email = await renderSuggestionNotice(noticeArgs({ language: 'en' }))
    expect(email.text).toContain('Network: Région Sud')
    expect(email.text).toContain('Themes: Marque employeur')
    expect(email.text).toContain('Retour sur la journée portes ouvertes.')
  })

  it('should tell the recipient why they receive the email', async () => {
    const [editor, referent] = await Promise.all([
      renderSuggestionNotice(noticeArgs({ language: 'en' })),
      renderSuggestionNotice(noticeArgs({ kind: 'rejected', language: 'en' })),
    ])
    expect(editor.text).toContain('because you are an editor of the ambassador programme')
    expect(referent.html).toContain('because you are a referent of the ambassador programme')
  })
})

describe('escaping data in the workflow emails', () => {
  const hostileTitle = '<script>alert(1)</script> & "Ça"'
  const hostileComment = 'Voir </mj-text><mj-raw><b>gras</b></mj-raw><mj-text>'

  it('should escape a hostile title in the HTML and show it literally in the text', async () => {
    const email = await renderSuggestionNotice(noticeArgs({ item: { ...noticeArgs().item, title: hostileTitle } }))
    expect(email.html).not.toMatch(/<script/i)
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ça&quot;')
    expect(email.text).toContain(hostileTitle)
  })

  it('should keep a comment that closes mj-text from breaking the template', async () => {
    const email = await renderSuggestionNotice(noticeArgs({ comment: hostileComment, kind: 'changes-requested' }))
    expect(email.html).toContain('Voir &lt;/mj-text&gt;&lt;mj-raw&gt;&lt;b&gt;gras&lt;/b&gt;')
    expect(email.html).not.toContain('<b>gras</b>')
    expect(email.text).toContain(`> ${hostileComment}`)
  })

  it.each([
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '</mj-text><mj-raw><img src=x></mj-raw>',
    '</mj-column></mj-section><mj-section><mj-column><mj-image src="https://evil.example/x.png" />',
    '<$100 {{ name }} [[ x ]]',
  ])('should let no markup through from any field: %s', async (value) => {
    const email = await renderSuggestionNotice({
      actorName: value,
      comment: value,
      item: { networkName: value, summary: value, themeNames: [value], title: value, url: itemUrl },
      kind: 'submitted',
      language: 'en',
      recipientName: value,
      timeZone,
    })
    expect(email.html).not.toMatch(/<(script|img)\b/i)
    expect(email.html).not.toMatch(/<\/?mj-|src="https:\/\/evil/)
    expect(email.text).toContain(value)
  })

  it('should escape an already-escaped value again so that it reads literally', async () => {
    const email = await renderSuggestionNotice(noticeArgs({ item: { ...noticeArgs().item, title: '&lt;script&gt;' } }))
    expect(email.html).toContain('&amp;lt;script&amp;gt;')
  })

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', '//evil.example/x', 'not a url'])(
    'should put no href for the item URL %j',
    async (url) => {
      const email = await renderSuggestionNotice(noticeArgs({ item: { ...noticeArgs().item, url } }))
      expect(hrefsOf(email.html)).toEqual([])
      expect(email.html).not.toMatch(/javascript:|data:text|evil\.example/i)
      expect(email.text).not.toMatch(/javascript:|data:text|evil\.example/i)
    },
  )

  it('should put no href for javascript: URLs in the digest', async () => {
    const email = await renderSuggestionDigest({
      inboxUrl: 'javascript:alert(1)',
      items: [digestItem({ url: 'javascript:alert(2)' })],
      language: 'fr',
      recipientName: 'Sophie',
      timeZone,
    })
    expect(hrefsOf(email.html)).toEqual([])
    expect(email.html).not.toContain('javascript:')
    expect(email.html).toContain('Webinaire cybersécurité')
  })

  it.each(kinds)('should keep the %s subject on one line when the title has line breaks', async (kind) => {
    const item = { ...noticeArgs().item, title: 'Ligne un\r\nBcc: victim@example.com\nfin\u2028' }
    const email = await renderSuggestionNotice(noticeArgs({ actorName: 'Camille\r\nMartin', item, kind }))
    expect(email.subject).not.toMatch(/[\r\n\u2028\u2029]/)
    expect(email.subject).toContain('Ligne un Bcc: victim@example.com fin')
  })

  it('should shorten a very long title in the subject', async () => {
    const title = 'Un titre beaucoup trop long '.repeat(10)
    const email = await renderSuggestionNotice(noticeArgs({ item: { ...noticeArgs().item, title } }))
    expect(email.subject.length).toBeLessThan(140)
    expect(email.subject).toMatch(/…$/)
  })

  it('should escape the five HTML-sensitive characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;')
  })
})

describe('renderSuggestionDigest', () => {
  const items = [
    digestItem({ title: 'Portes ouvertes à Lyon' }),
    digestItem({ isOverdue: true, url: 'https://admin.ardelys.example/admin/collections/content-items/43' }),
    digestItem({ dueDate: null, networkName: null, title: 'Nos alternants' }),
  ]

  it.each([
    ['fr', '3 nouvelles suggestions dans vos réseaux, dont 1 en retard'],
    ['en', '3 new suggestions in your networks (1 overdue)'],
  ] as const)('should carry the count in the %s subject', async (language, subject) => {
    const email = await renderSuggestionDigest({ inboxUrl, items, language, recipientName: 'Sophie', timeZone })
    expect(email.subject).toBe(subject)
  })

  it('should use the singular for one suggestion', async () => {
    const email = await renderSuggestionDigest({
      inboxUrl,
      items: [digestItem()],
      language: 'fr',
      recipientName: 'Sophie',
      timeZone,
    })
    expect(email.subject).toBe('1 nouvelle suggestion dans vos réseaux')
  })

  it('should list every item with its link, its author and the overdue flag', async () => {
    const email = await renderSuggestionDigest({ inboxUrl, items, language: 'en', recipientName: 'Sophie', timeZone })
    expect(email.html).toContain('Portes ouvertes à Lyon')
    expect(hrefsOf(email.html)).toContain('https://admin.ardelys.example/admin/collections/content-items/43')
    expect(email.text).toContain('suggested by Karim Benali · Ligne métier Assurance · due Friday 20 November 2026')
    expect(email.text).toContain('[Overdue]')
    expect(email.text).toContain(inboxUrl)
  })
})

describe('renderOverdueReminder', () => {
  it.each([
    ['fr', 'en retard de 3 jours', '2 suggestions en retard à traiter'],
    ['en', '3 days overdue', '2 overdue suggestions to review'],
  ] as const)('should show the days overdue in %s', async (language, daysOverdue, subject) => {
    const email = await renderOverdueReminder({
      inboxUrl,
      items: [overdueItem(), overdueItem({ daysOverdue: 1, title: 'Autre' })],
      language,
      recipientName: 'Sophie',
      timeZone,
    })
    expect(email.subject).toBe(subject)
    expect(email.html).toContain(daysOverdue)
    expect(email.text).toContain(daysOverdue)
    expect(email.text).toContain(itemUrl)
  })
})

describe('compileMjml', () => {
  it('should throw with the MJML errors when the template is invalid', async () => {
    await expect(compileMjml('<mjml><mj-body><mj-text>loose</mj-text></mj-body></mjml>')).rejects.toThrow(
      /MJML compilation failed: .*mj-text/s,
    )
  })
})

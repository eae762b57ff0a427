import { simpleParser } from 'mailparser'
import { beforeAll, describe, expect, it } from 'vitest'

import type { CompiledSegment } from '../../src/newsletter/render/index.ts'
import type { NewsletterRecipient, SegmentContent } from '../../src/newsletter/types.ts'

import { buildSegmentMessage, encodeHeaderValue } from '../../src/delivery/buildMessage.ts'
import { compileSegment, renderForRecipient } from '../../src/newsletter/render/index.ts'
import { signToken } from '../../src/newsletter/tokens.ts'

const secret = 'delivery-message-test-secret'
const from = '"Équipe des ambassadeurs" <programme@ardelys.example>'

/** Content that trips a naive MIME writer: lines that start with a dot, long lines, accents, `=` and spaces at line ends. */
const content: SegmentContent = {
  ambassadorsSlug: 'ambassadors',
  apiRoute: '/api',
  introduction: '.Une ligne qui commence par un point.\n..et une autre.\nFin de ligne avec espaces   \nUn retour\rseul\n' + 'é'.repeat(120),
  issue: { id: 42, sendDate: '2027-03-01', title: 'La lettre des ambassadeurs — mars : innovation, marque employeur et événements de la quinzaine' },
  items: [
    {
      id: 1,
      link: 'https://www.ardelys.example/actualites/a?b=1&c=2',
      shareTexts: [{ network: 'linkedin', text: '.Point en tête & accents : réussite' }],
      summary: '.Résumé qui commence par un point\n.et sa deuxième ligne',
      theme: { name: 'Innovation' },
      title: '.NET chez Ardelys',
    },
  ],
  language: 'fr',
  programmeName: 'Ambassadeurs Ardelys',
  publicUrl: 'https://ambassadeurs.ardelys.example',
  timeZone: 'Europe/Paris',
  upcoming: [],
}

const recipient = (overrides: Partial<NewsletterRecipient> = {}): NewsletterRecipient => ({
  ambassadorId: 7,
  email: 'claire.dubois@ardelys.example',
  firstName: '.Zoé-Éléonore',
  preferencesToken: signToken('preferences', { ambassador: 7 }, secret),
  unsubscribeToken: signToken('unsubscribe', { ambassador: 7 }, secret),
  ...overrides,
})

let compiled: CompiledSegment
beforeAll(async () => {
  compiled = await compileSegment(content)
})

const rawOf = (to = recipient()) => Buffer.concat(buildSegmentMessage(compiled, to, { date: new Date('2027-03-01T08:00:00Z'), from, to: to.email }).chunks)

describe('buildSegmentMessage', () => {
  it('should carry exactly the HTML and text renderForRecipient gives, once decoded by a real parser', async () => {
    const parsed = await simpleParser(rawOf())
    const rendered = renderForRecipient(compiled, recipient())
    expect(parsed.html).toBe(rendered.html)
    expect(parsed.text).toBe(rendered.text.replace(/\r\n?/g, '\n'))
    expect(parsed.subject).toBe(compiled.subject)
    expect(parsed.from?.value).toEqual([{ address: 'programme@ardelys.example', name: 'Équipe des ambassadeurs' }])
    expect(parsed.messageId).toBe(rendered.headers['Message-ID'])
    expect(parsed.headerLines.find((header) => header.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
  })

  it('should be sendable as it is: 7-bit, CRLF only, no line over 78 characters, none that starts with a dot', () => {
    const raw = rawOf().toString('latin1')
    const lines = raw.split('\r\n')
    expect(raw.endsWith('\r\n')).toBe(true)
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(raw).toMatch(/^[\x00-\x7f]*$/)
    expect(lines.filter((line) => line.startsWith('.'))).toEqual([])
    // Headers may be longer (List-Unsubscribe is one line for RFC 8058); the body keeps to 76.
    const body = lines.slice(lines.indexOf(''))
    expect(body.filter((line) => line.length > 76)).toEqual([])
  })

  it('should share the segment’s encoded parts between messages and differ only in what is the recipient’s', () => {
    const claire = buildSegmentMessage(compiled, recipient(), { from, to: 'claire.dubois@ardelys.example' }).chunks
    const paul = recipient({ ambassadorId: 8, email: 'paul@ardelys.example', firstName: 'Paul', unsubscribeToken: signToken('unsubscribe', { ambassador: 8 }, secret) })
    const other = buildSegmentMessage(compiled, paul, { from, to: paul.email }).chunks
    const shared = claire.filter((chunk) => other.includes(chunk))
    expect(shared.reduce((bytes, chunk) => bytes + chunk.length, 0)).toBeGreaterThan(0.9 * Buffer.concat(claire).length)
  })

  it('should encode a non-ASCII subject as encoded-words of at most 75 characters, decoded back whole', async () => {
    const encoded = encodeHeaderValue(content.issue.title)
    expect(encoded.split('\r\n ').every((word) => word.length <= 75 && /^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/.test(word))).toBe(true)
    expect(`Subject: ${encoded}`.split('\r\n').filter((line) => line.length > 76)).toEqual([])
    expect(encodeHeaderValue('Plain ASCII')).toBe('Plain ASCII')
    const parsed = await simpleParser(`Subject: ${encoded}\r\n\r\nbody\r\n`)
    expect(parsed.subject).toBe(content.issue.title)
  })
})

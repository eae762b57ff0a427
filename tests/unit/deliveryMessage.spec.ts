import { simpleParser } from 'mailparser'
import { beforeAll, describe, expect, it } from 'vitest'

import type { CompiledSegment } from '../../src/newsletter/render/index.ts'
import type { NewsletterRecipient, SegmentContent } from '../../src/newsletter/types.ts'

import { buildSegmentMessage } from '../../src/delivery/buildMessage.ts'
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
    // The body keeps to 76 (the headers: see below).
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

})

/** Each RFC 2047 encoded-word of a header, decoded on its own: a word that cuts a UTF-8 sequence throws. */
const encodedWordsIn = (line: string): string[] =>
  [...line.matchAll(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/g)].map(([, base64]) => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(base64!, 'base64')))

/** The raw header block of a message, one entry per header (its folded lines joined by CRLF). */
const rawHeadersOf = (raw: string): string[] => raw.slice(0, raw.indexOf('\r\n\r\n')).split(/\r\n(?![ \t])/)

describe('buildSegmentMessage: headers', () => {
  // As long as a subject may be (150 characters), with accents and an emoji.
  const longTitle = `${'Innovation, marque employeur et événements de la quinzaine '.repeat(2)}🚀 et bien plus encore à lire`
  const programmeName = 'Équipe « Ambassadeurs », Lyon & Nantes'
  let raw: string
  let parsed: Awaited<ReturnType<typeof simpleParser>>
  beforeAll(async () => {
    const hostile = await compileSegment({ ...content, issue: { ...content.issue, title: longTitle }, programmeName, unsubscribeMailto: 'desinscription@ardelys.example' })
    const to = recipient({ unsubscribeToken: `${'t'.repeat(300)}` })
    raw = Buffer.concat(buildSegmentMessage(hostile, to, { from: '"Équipe des ambassadeurs de la marque employeur Ardelys, Lyon" <programme@ardelys.example>', to: to.email }).chunks).toString('latin1')
    parsed = await simpleParser(raw)
  })

  it('should fold every header line to 76 characters, leaving longer only a line that holds one URI alone', () => {
    const lines = raw.slice(0, raw.indexOf('\r\n\r\n')).split('\r\n')
    expect(lines.filter((line) => line.length > 76 && !/^(List-Unsubscribe: )?<[^ ]+>,?$/.test(line))).toEqual([])
    expect(lines.filter((line) => line.length > 998)).toEqual([])
  })

  it('should give a subject longer than a line back whole, each encoded-word whole characters of 75 at most', () => {
    const subject = rawHeadersOf(raw).find((header) => header.startsWith('Subject:'))!
    expect(parsed.subject).toBe(longTitle)
    expect(encodedWordsIn(subject).join('')).toBe(longTitle)
    expect(subject.match(/=\?[^ ]*\?=/g)!.every((word) => word.length <= 75)).toBe(true)
  })

  it('should write an ASCII subject as it is, folded at its spaces', async () => {
    const ascii = 'A plain subject '.repeat(9).trim()
    const compiled = await compileSegment({ ...content, issue: { ...content.issue, title: ascii } })
    const message = Buffer.concat(buildSegmentMessage(compiled, recipient(), { from, to: 'claire.dubois@ardelys.example' }).chunks).toString('latin1')
    const subject = rawHeadersOf(message).find((header) => header.startsWith('Subject:'))!
    expect(subject.split('\r\n').length).toBeGreaterThan(1)
    expect(subject.replace(/\r\n/g, '')).toBe(`Subject: ${ascii}`)
  })

  it('should encode the sender’s name and keep its address whole', () => {
    expect(parsed.from?.value).toEqual([{ address: 'programme@ardelys.example', name: 'Équipe des ambassadeurs de la marque employeur Ardelys, Lyon' }])
  })

  it('should name the list without quotes and without doubling the label the host starts with (RFC 2919)', () => {
    const listId = rawHeadersOf(raw).find((header) => header.startsWith('List-Id:'))!
    expect(encodedWordsIn(listId).join('')).toBe(programmeName)
    expect(listId).toMatch(/ <ambassadeurs\.ardelys\.example>$/)
  })

  it('should fold List-Unsubscribe between its URIs and keep each whole', () => {
    const header = rawHeadersOf(raw).find((line) => line.startsWith('List-Unsubscribe:'))!
    expect(header.split('\r\n')).toEqual([
      `List-Unsubscribe: <https://ambassadeurs.ardelys.example/api/ambassadors/unsubscribe?token=${'t'.repeat(300)}>,`,
      ' <mailto:desinscription@ardelys.example?subject=unsubscribe>',
    ])
    expect(parsed.headers.get('list')).toMatchObject({ unsubscribe: { mail: 'desinscription@ardelys.example?subject=unsubscribe' } })
  })

  it('should fold Content-Type before its boundary', () => {
    expect(rawHeadersOf(raw).find((header) => header.startsWith('Content-Type:'))).toMatch(/^Content-Type: multipart\/alternative;\r\n boundary="=_ambassadors_[0-9a-f]{24}"$/)
  })
})

import { simpleParser } from 'mailparser'
import { describe, expect, it } from 'vitest'

import { encodedWordsOf, formatHeader, formatHeaderValue } from '../../src/delivery/mimeHeaders.ts'

/** Each encoded-word decoded on its own, strictly: one that ends inside a UTF-8 sequence throws. */
const decodeEach = (words: string[]) =>
  words.map((word) => {
    const [, base64] = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=$/.exec(word)!
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(base64!, 'base64'))
  })

const linesOf = (header: string) => header.split('\r\n')

/** The header read back by a real parser. */
const parsedSubject = async (header: string) => (await simpleParser(`${header}\r\n\r\nbody\r\n`)).subject

describe('formatHeader', () => {
  it('should cut text into encoded-words at character boundaries only, whatever the bytes per character', () => {
    const text = 'é🚀a€'.repeat(40)
    const words = encodedWordsOf(text, 60)
    expect(decodeEach(words).join('')).toBe(text)
    expect(words.every((word) => word.length <= 75)).toBe(true)
    expect(words[0]!.length).toBeLessThanOrEqual(60)
  })

  it('should keep every line of a long non-ASCII subject within 76 characters and read back whole', async () => {
    const subject = `La lettre — ${'événements, réussites et 🎉 '.repeat(30)}`.trim()
    const header = formatHeader('Subject', subject)
    expect(linesOf(header).filter((line) => line.length > 76)).toEqual([])
    expect(await parsedSubject(header)).toBe(subject)
  })

  it('should fold an ASCII subject at its spaces without changing it', async () => {
    const subject = 'Ambassador newsletter of the month with every piece of news worth sharing with your network'
    const header = formatHeader('Subject', subject)
    expect(linesOf(header)).toHaveLength(2)
    expect(header.replace(/\r\n/g, '')).toBe(`Subject: ${subject}`)
  })

  it('should encode an ASCII word too long for a line, so that no line passes 76', async () => {
    const subject = `Report ${'x'.repeat(1100)}`
    const header = formatHeader('Subject', subject)
    expect(linesOf(header).filter((line) => line.length > 76)).toEqual([])
    expect(await parsedSubject(header)).toBe(subject)
  })

  it('should encode ASCII text that a mail client would take for an encoded-word', async () => {
    const subject = 'Read =?UTF-8?B?SGFja2Vk?= now'
    expect(await parsedSubject(formatHeader('Subject', subject))).toBe(subject)
  })

  it('should quote an ASCII display name that holds a special, and encode a non-ASCII one without quotes', () => {
    expect(formatHeader('From', 'Ardelys, Lyon <programme@ardelys.example>')).toBe('From: "Ardelys, Lyon" <programme@ardelys.example>')
    const header = formatHeader('From', '"Équipe, Lyon" <programme@ardelys.example>')
    expect(header).not.toContain('"')
    expect(decodeEach(header.match(/=\?[^ ]+\?=/g)!).join('')).toBe('Équipe, Lyon')
  })

  it('should take the quotes off a quoted List-Id name before encoding it', () => {
    const header = formatHeader('List-Id', '"Ardelys \\"Équipe\\", Lyon" <ambassadeurs.ardelys.example>')
    expect(decodeEach(header.match(/=\?[^ ]+\?=/g)!).join('')).toBe('Ardelys "Équipe", Lyon')
    expect(header.endsWith(' <ambassadeurs.ardelys.example>')).toBe(true)
  })

  it('should put each List-Unsubscribe URI on a line of its own, the comma ending the line before', () => {
    expect(formatHeaderValue('List-Unsubscribe', '<https://a.example/u?token=1>, <mailto:u@a.example?subject=unsubscribe>')).toBe(
      '<https://a.example/u?token=1>,\r\n <mailto:u@a.example?subject=unsubscribe>',
    )
  })

  it('should write a line break in a value as a space, never as a new header', () => {
    expect(formatHeader('Subject', 'Lettre\r\nBcc: victim@example.com')).toBe('Subject: Lettre Bcc: victim@example.com')
  })
})

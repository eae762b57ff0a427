import { randomBytes } from 'node:crypto'
import { encode as qpEncode, wrap as qpWrap } from 'nodemailer/lib/qp'

import type { CompiledSegment, CompiledTemplate, RecipientSlot, RecipientValues } from '../newsletter/render/index.ts'
import type { NewsletterMessage, NewsletterRecipient } from '../newsletter/types.ts'

import { recipientHeadersOf, recipientValuesOf } from '../newsletter/render/index.ts'

/**
 * A header value that is not plain ASCII as RFC 2047 encoded-words of 64 characters at most (39 bytes of
 * UTF-8 each, never a character cut in two), folded one per line: with `Subject: `, no line over 76.
 */
export const encodeHeaderValue = (value: string): string => {
  if (/^[\x20-\x7e]*$/.test(value)) {
    return value
  }
  const words: string[] = []
  let word = ''
  for (const character of value) {
    if (Buffer.byteLength(word + character, 'utf8') > 39) {
      words.push(word)
      word = ''
    }
    word += character
  }
  words.push(word)
  return words.map((part) => `=?UTF-8?B?${Buffer.from(part, 'utf8').toString('base64')}?=`).join('\r\n ')
}

/** `"Équipe Ardelys" <programme@…>`: the display name encoded when it is not ASCII, the address kept. */
const encodeAddress = (value: string) => {
  const match = /^\s*"?(.*?)"?\s*<([^>]+)>\s*$/.exec(value)
  return match && !/^[\x20-\x7e]*$/.test(match[1]!) ? `${encodeHeaderValue(match[1]!)} <${match[2]}>` : value
}

/** `List-Id: Ambassadeurs Ardelys <…>`: the display part encoded, the id kept as is. */
const encodeListId = (value: string) => {
  const match = /^(.*?)(\s*<[^>]+>)$/.exec(value)
  return match ? `${encodeHeaderValue(match[1]!)}${match[2]}` : encodeHeaderValue(value)
}

/**
 * The headers of one newsletter message: the List-* headers on one line each (RFC 8058's one-click needs
 * `List-Unsubscribe` intact), a stable Message-ID, `multipart/alternative` with `boundary`.
 */
export const headerLinesOf = (
  { headers, subject }: Pick<NewsletterMessage, 'headers' | 'subject'>,
  { boundary, date, from, to }: { boundary: string; date: Date; from: string; to: string },
): string[] => [
  `From: ${encodeAddress(from)}`,
  `To: ${to}`,
  `Subject: ${encodeHeaderValue(subject)}`,
  `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
  `Message-ID: ${headers['Message-ID']}`,
  'MIME-Version: 1.0',
  ...Object.entries(headers)
    .filter(([name]) => name !== 'Message-ID')
    .map(([name, value]) => `${name}: ${name === 'List-Id' ? encodeListId(value) : value.replace(/[\r\n]+/g, ' ')}`),
  `Content-Type: multipart/alternative; boundary="${boundary}"`,
]

/**
 * Quoted-printable with CRLF line ends, lines of 76 at most, and a dot that starts a line written `=2E`: the
 * bytes go on the wire as they are, with no dot-stuffing. Lines are wrapped at 73 so that the two more
 * characters of `=2E` still fit (and a lone CR is a line end too: no bare CR reaches the wire). Every part and value starts a line (after a blank line or a soft break),
 * so the start of the text is a line start too.
 */
export const quotedPrintable = (text: string): string =>
  qpWrap(qpEncode(text.replace(/\r\n?|\n/g, '\r\n')), 73).replace(/(^|\r\n)\./g, '$1=2E')

/** A compiled template's parts, quoted-printable encoded once, as bytes. */
type EncodedTemplate = { parts: Buffer[]; slots: RecipientSlot[] }
type EncodedSegment = { boundary: string; html: EncodedTemplate; text: EncodedTemplate }

const encodeTemplate = ({ parts, slots }: CompiledTemplate): EncodedTemplate => ({
  parts: parts.map((part) => Buffer.from(quotedPrintable(part), 'latin1')),
  slots,
})
/** A soft line break: decodes to nothing, so a value can start and end anywhere on a line. */
const softBreak = Buffer.from('=\r\n', 'latin1')

const encodedSegments = new WeakMap<CompiledSegment, EncodedSegment>()
const encodedOf = (compiled: CompiledSegment): EncodedSegment => {
  let encoded = encodedSegments.get(compiled)
  if (!encoded) {
    encoded = { boundary: `=_ambassadors_${randomBytes(12).toString('hex')}`, html: encodeTemplate(compiled.html), text: encodeTemplate(compiled.text) }
    encodedSegments.set(compiled, encoded)
  }
  return encoded
}

const pushFilled = (chunks: Buffer[], { parts, slots }: EncodedTemplate, values: RecipientValues) => {
  chunks.push(parts[0]!)
  for (let index = 0; index < slots.length; index++) {
    chunks.push(softBreak, Buffer.from(quotedPrintable(values[slots[index]!]), 'latin1'), softBreak, parts[index + 1]!)
  }
}

/**
 * One ambassador's newsletter as the raw RFC 5322 message the SMTP server receives, straight from the
 * compiled segment: `multipart/alternative`, plain text first, then HTML, both quoted-printable (7bit, no
 * line over 76 characters, no line that starts with a dot). The segment's parts are encoded once and
 * shared by every message, so a message costs its headers and its few slot values: a list of chunks,
 * most of them the segment's, written to the socket without a copy. No MIME library, no MJML.
 */
export const buildSegmentMessage = (
  compiled: CompiledSegment,
  recipient: NewsletterRecipient,
  { date = new Date(), from, to }: { date?: Date; from: string; to: string },
): { chunks: Buffer[]; messageId: string } => {
  const encoded = encodedOf(compiled)
  const values = recipientValuesOf(compiled, recipient)
  const headers = recipientHeadersOf(compiled, recipient, values)
  const { boundary } = encoded
  const chunks: Buffer[] = [
    Buffer.from(
      [
        ...headerLinesOf({ headers, subject: compiled.subject }, { boundary, date, from, to }),
        '',
        `--${boundary}`,
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        '',
      ].join('\r\n'),
      'utf8',
    ),
  ]
  pushFilled(chunks, encoded.text, values)
  chunks.push(Buffer.from(`\r\n--${boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n`, 'latin1'))
  pushFilled(chunks, encoded.html, values)
  chunks.push(Buffer.from(`\r\n--${boundary}--\r\n`, 'latin1'))
  return { chunks, messageId: headers['Message-ID']! }
}

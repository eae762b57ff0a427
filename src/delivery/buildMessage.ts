import { randomBytes } from 'node:crypto'
import { encode as qpEncode, wrap as qpWrap } from 'nodemailer/lib/qp'

import type { CompiledSegment, CompiledTemplate, RecipientSlot, RecipientValues } from '../newsletter/render/index.ts'
import type { NewsletterRecipient } from '../newsletter/types.ts'

import { listUnsubscribeOf, listUnsubscribePost, messageIdOf, recipientValuesOf } from '../newsletter/render/index.ts'
import { formatHeader } from './mimeHeaders.ts'

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
/**
 * A segment's header block for one `From:`, folded and encoded once: the text around what each message
 * adds (its To, Date, Message-ID and unsubscribe token), the start of its first part included.
 */
type SegmentHead = [start: string, afterTo: string, afterDate: string, afterMessageId: string, afterToken: string]
type EncodedSegment = { boundary: string; heads: Map<string, SegmentHead>; html: EncodedTemplate; text: EncodedTemplate }

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
    encoded = {
      boundary: `=_ambassadors_${randomBytes(12).toString('hex')}`,
      heads: new Map(),
      html: encodeTemplate(compiled.html),
      text: encodeTemplate(compiled.text),
    }
    encodedSegments.set(compiled, encoded)
  }
  return encoded
}

/** Where the token goes in the folded List-Unsubscribe: a character no URL or header value holds. */
const tokenMark = '\u0000'

/**
 * The segment's headers for `from`: folded as RFC 5322 wants them (lines of 76 at most, but for a URI or an
 * id longer than that), text that is not ASCII as RFC 2047 encoded-words, List-Unsubscribe one URI a line
 * (see `formatHeader`), and `multipart/alternative` with its boundary.
 */
const headOf = (compiled: CompiledSegment, encoded: EncodedSegment, from: string): SegmentHead => {
  let head = encoded.heads.get(from)
  if (!head) {
    const [beforeToken, afterToken] = formatHeader('List-Unsubscribe', listUnsubscribeOf(compiled, tokenMark)).split(tokenMark)
    head = [
      `${formatHeader('From', from)}\r\nTo: `,
      `\r\n${formatHeader('Subject', compiled.subject)}\r\nDate: `,
      '\r\nMessage-ID: ',
      `\r\nMIME-Version: 1.0\r\n${formatHeader('List-Id', compiled.listId)}\r\n${beforeToken}`,
      [
        afterToken,
        `List-Unsubscribe-Post: ${listUnsubscribePost}`,
        formatHeader('Content-Type', `multipart/alternative; boundary="${encoded.boundary}"`),
        '',
        `--${encoded.boundary}`,
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        '',
      ].join('\r\n'),
    ]
    encoded.heads.set(from, head)
  }
  return head
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
  const messageId = messageIdOf(compiled, recipient)
  const [start, afterTo, afterDate, afterMessageId, afterToken] = headOf(compiled, encoded, from)
  const { boundary } = encoded
  const dateText = date.toUTCString().replace('GMT', '+0000')
  const chunks: Buffer[] = [
    Buffer.from(`${start}${to}${afterTo}${dateText}${afterDate}${messageId}${afterMessageId}${values.unsubscribeToken}${afterToken}`, 'utf8'),
  ]
  pushFilled(chunks, encoded.text, values)
  chunks.push(Buffer.from(`\r\n--${boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n`, 'latin1'))
  pushFilled(chunks, encoded.html, values)
  chunks.push(Buffer.from(`\r\n--${boundary}--\r\n`, 'latin1'))
  return { chunks, messageId }
}

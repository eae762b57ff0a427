import { randomBytes } from 'node:crypto'

import type { NewsletterMessage } from '../newsletter/types.ts'

/** RFC 2047 encoded-word for a header value that is not plain ASCII. */
export const encodeHeaderValue = (value: string): string =>
  /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`

/** Base64 in lines of 76 characters, as MIME wants it. */
const base64Lines = (text: string): string => {
  const encoded = Buffer.from(text, 'utf8').toString('base64')
  const lines: string[] = []
  for (let index = 0; index < encoded.length; index += 76) {
    lines.push(encoded.slice(index, index + 76))
  }
  return lines.join('\r\n')
}

/** `List-Id: Ambassadeurs Ardelys <…>`: the display part encoded, the id kept as is. */
const encodeListId = (value: string) => {
  const match = /^(.*?)(\s*<[^>]+>)$/.exec(value)
  return match ? `${encodeHeaderValue(match[1]!)}${match[2]}` : encodeHeaderValue(value)
}

/**
 * One newsletter as the raw RFC 5322 message the SMTP server receives: `multipart/alternative` with the
 * plain text first and the HTML, both base64 (no line over 76 characters whatever the content), the
 * List-* headers on one line each (RFC 8058's one-click needs `List-Unsubscribe` intact), a stable
 * Message-ID. Built by concatenation: no MIME library in the send loop.
 */
export const buildRawMessage = (
  message: NewsletterMessage,
  { date = new Date(), from, to }: { date?: Date; from: string; to: string },
): Buffer => {
  const boundary = `=_ambassadors_${randomBytes(12).toString('hex')}`
  const headerLines = [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${encodeHeaderValue(message.subject)}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: ${message.headers['Message-ID']}`,
    'MIME-Version: 1.0',
    ...Object.entries(message.headers)
      .filter(([name]) => name !== 'Message-ID')
      .map(([name, value]) => `${name}: ${name === 'List-Id' ? encodeListId(value) : value.replace(/[\r\n]+/g, ' ')}`),
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ]
  return Buffer.from(
    [
      ...headerLines,
      '',
      `--${boundary}`,
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(message.text),
      `--${boundary}`,
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(message.html),
      `--${boundary}--`,
      '',
    ].join('\r\n'),
    'utf8',
  )
}

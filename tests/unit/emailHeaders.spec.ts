/**
 * The header lines of every kind of email the plugin sends, raw as an SMTP server receives them: folded per
 * RFC 5322 (76 characters here, as RFC 2047 wants for lines with encoded-words; only a line holding one URI
 * alone may be longer), never over 998, and read back whole by a real parser.
 */
import { simpleParser } from 'mailparser'
import { beforeAll, describe, expect, it } from 'vitest'

import { renderSuggestionNotice } from '../../src/emails/index.ts'
import { composeWithHostMailer, composeWorkflowEmail, emailKinds, everyEmail, type RawEmail } from '../helpers/everyEmail.ts'

/** The lines of a message's header block. */
const headerLinesOf = (raw: Buffer) => {
  const text = raw.toString('latin1')
  return text.slice(0, text.indexOf('\r\n\r\n')).split('\r\n')
}

const loneUri = /^(List-Unsubscribe: )?<[^ ]+>,?$/

let emails: RawEmail[]
beforeAll(async () => {
  emails = await everyEmail()
})

describe('the headers of every email', () => {
  it.each(emailKinds)('should fold every header line of the %s to 76 characters, but a lone URI, and none over 998', async (kind) => {
    const { raw } = emails.find((email) => email.kind === kind)!
    const lines = headerLinesOf(raw)
    const parsed = await simpleParser(raw)
    expect(lines.filter((line) => line.length > 76 && !loneUri.test(line))).toEqual([])
    expect(lines.filter((line) => line.length > 998)).toEqual([])
    expect([Boolean(parsed.subject), parsed.from?.value[0]?.address, Boolean(parsed.messageId), Boolean(parsed.date)]).toEqual([
      true,
      expect.stringMatching(/@/),
      true,
      true,
    ])
  })

  it('should fold a notice’s ASCII subject whose title is one word longer than a line', async () => {
    const title = `Ardelys${'-innovations'.repeat(6)}`
    let subject = ''
    const raw = await composeWorkflowEmail(await composeWithHostMailer(), async (reader) => {
      const email = await renderSuggestionNotice({ ...reader, actorName: 'Camille Martin', item: { title, url: 'https://ambassadeurs.ardelys.example/admin' }, kind: 'submitted' })
      subject = email.subject
      return email
    }, { email: 'julie.moreau@ardelys.example', id: 3, language: 'en', name: 'Julie Moreau', suggestionEmails: 'immediate' })
    expect(subject).toMatch(/^[\x20-\x7e]+$/)
    expect(headerLinesOf(raw).filter((line) => line.length > 76)).toEqual([])
    expect((await simpleParser(raw)).subject).toBe(subject)
  })
})

import { describe, expect, it } from 'vitest'

import { describeReply, SmtpReplies } from '../../src/delivery/smtp/smtpReplies.ts'

describe('SMTP replies', () => {
  it('should describe a multi-line reply on one line, its code first', async () => {
    const replies = new SmtpReplies()
    replies.push('452-4.2.2 Mailbox full:\r\n452 4.2.2 try again tomorrow\r\n')
    expect(describeReply(await replies.next())).toBe('452 4.2.2 Mailbox full: 4.2.2 try again tomorrow')
  })
})

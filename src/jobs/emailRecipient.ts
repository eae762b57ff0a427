import type { PayloadRequest } from 'payload'

import type { EmailReader, RenderedEmail } from '../emails/emailTypes.ts'
import type { Recipient } from '../workflow/loadRecipients.ts'

import { subjectForMailer } from '../delivery/mimeHeaders.ts'

/** Renders an email for one recipient, in their language and the programme's time zone, and sends it. */
export const emailRecipient = async (
  { recipient, req, timeZone }: { recipient: Recipient; req: PayloadRequest; timeZone: string },
  render: (reader: EmailReader) => Promise<RenderedEmail>,
): Promise<void> => {
  const email = await render({ language: recipient.language, recipientName: recipient.name, timeZone })
  await req.payload.sendEmail({
    html: email.html,
    subject: subjectForMailer(email.subject),
    text: email.text,
    to: recipient.email,
  })
}

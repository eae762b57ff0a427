/** What a failed hand-over means for the row. */
export type SmtpOutcome =
  | { status: 'failed'; suppress: boolean }
  | { status: 'retry' }
  | { status: 'uncertain' }

type SmtpError = { response?: string; responseCode?: number }

/**
 * An SMTP failure, classified: a 4xx reply is temporary (retry later); a 5xx reply is final (failed),
 * and 5.1.1 (no such mailbox) also suppresses the address; a connection that died after the message was
 * handed over (its last byte written, no final reply) may have delivered it: uncertain, never re-sent
 * automatically; a connection that failed before the message was handed over is retried.
 */
export const classifySmtpError = (error: unknown, { messageSent }: { messageSent: boolean }): SmtpOutcome => {
  const { response, responseCode } = (error ?? {}) as SmtpError
  if (typeof responseCode === 'number' && responseCode >= 500) {
    return { status: 'failed', suppress: /\b5\.1\.1\b/.test(response ?? '') || responseCode === 550 && /user unknown|no such user|does not exist/i.test(response ?? '') }
  }
  if (typeof responseCode === 'number' && responseCode >= 400) {
    return { status: 'retry' }
  }
  // nodemailer reports a dropped connection as `CONN` whatever the phase: whether the message itself went
  // out is what the caller saw of it.
  return messageSent ? { status: 'uncertain' } : { status: 'retry' }
}

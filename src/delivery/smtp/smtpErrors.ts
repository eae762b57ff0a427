import { describeReply, type SmtpReply as Reply } from './smtpReplies.ts'

/**
 * A refused or lost message, in the shape `classifySmtpError` reads. `unavailable`: the server did not
 * take the connection (refused it, dropped it before the session was set up, or greeted with a refusal
 * such as 421 "too many connections"): it says nothing about the message, which the pool keeps.
 */
export type SmtpSendError = Error & { messageSent: boolean; response?: string; responseCode?: number; unavailable?: boolean }

export const smtpError = (text: string, { code, sent }: { code?: number; sent: boolean }): SmtpSendError =>
  Object.assign(new Error(text), { messageSent: sent, ...(code ? { response: text, responseCode: code } : {}) })

/** A refusal of this message by the server, its reply code kept (`classifySmtpError` reads it). */
export const refusedWith = (reply: Reply, { sent }: { sent: boolean }) => smtpError(describeReply(reply), { code: reply.code, sent })

/**
 * Socket errors that say the server would not take the connection now (down, or full and hanging up), not
 * that the settings are wrong (an unknown host, a certificate not trusted) nor that it is silent (a timeout).
 */
const refusalCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE'])

export type ConnectionFailure = Error & { code?: string; connectionLost?: boolean; timedOut?: boolean; unavailable?: boolean }

export const unavailable = (error: ConnectionFailure) => Object.assign(error, { unavailable: true })

/** Marks a socket error that says the server would not take the connection now. */
export const markRefusal = (error: ConnectionFailure) => (refusalCodes.has(error.code ?? '') ? unavailable(error) : error)

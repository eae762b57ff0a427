import fs from 'node:fs'
import tls from 'node:tls'

import { ignoresStartTlsByDefault } from 'payload-plugin-ambassadors/delivery'

/** How the demo's SMTP clients treat TLS: the same for Payload's own mail and for the newsletter. */
export type SmtpTlsSettings = {
  /** Plain SMTP even when STARTTLS is offered (a server on this machine, unless TLS is required). */
  ignoreTLS: boolean
  /** Never send in clear: `smtps://`, or STARTTLS offered and taken. */
  requireTLS: boolean
  /** Certificates trusted besides the system's, or verification turned off. */
  tls?: tls.ConnectionOptions
}

/**
 * The TLS settings of both of the demo's SMTP clients, Payload's own mail (nodemailer) and the newsletter's
 * pool, read from one environment so that whatever the newsletter reaches, Payload's mail reaches too:
 * `SMTP_REQUIRE_TLS=true` (never in clear), `SMTP_TLS_CA_FILE` (a PEM file of certificates to trust besides
 * the system's: a private CA, a self-signed server) and `SMTP_TLS_REJECT_UNAUTHORIZED=false` (any
 * certificate: encrypted but not authenticated). Either client checks the certificate against the URL's
 * host, an IP address included.
 */
export const smtpTlsSettings = (smtpUrl: string, env: Record<string, string | undefined> = process.env): SmtpTlsSettings => {
  const requireTLS = env.SMTP_REQUIRE_TLS === 'true'
  const tlsOptions: tls.ConnectionOptions = {
    // Added to Node's own list, not instead of it: a public server keeps working with the file set.
    ...(env.SMTP_TLS_CA_FILE ? { ca: [...tls.rootCertificates, fs.readFileSync(env.SMTP_TLS_CA_FILE, 'utf8')] } : {}),
    ...(env.SMTP_TLS_REJECT_UNAUTHORIZED === 'false' ? { rejectUnauthorized: false } : {}),
  }
  return {
    ignoreTLS: ignoresStartTlsByDefault(smtpUrl, { requireTLS }),
    requireTLS,
    ...(Object.keys(tlsOptions).length > 0 ? { tls: tlsOptions } : {}),
  }
}

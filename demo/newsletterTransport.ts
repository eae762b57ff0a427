import fs from 'node:fs'

import { createSmtpPool } from 'payload-plugin-ambassadors/delivery'
import { smtpTlsSettings } from './smtpSettings.ts'

/**
 * The demo's newsletter transport: the plugin's SMTP pool to `SMTP_URL` (the mail catcher when unset),
 * `SMTP_POOL_SIZE` connections (5), DKIM-signed when `DKIM_DOMAIN`, `DKIM_SELECTOR` and `DKIM_PRIVATE_KEY`
 * (PEM text) or `DKIM_PRIVATE_KEY_FILE` are set, TLS as `smtpTlsSettings` reads it (the same as Payload's
 * own mail: `SMTP_REQUIRE_TLS`, `SMTP_TLS_CA_FILE`, `SMTP_TLS_REJECT_UNAUTHORIZED`).
 */
export const createNewsletterTransport = (smtpUrl: string, env: Record<string, string | undefined> = process.env) => {
  const privateKey = env.DKIM_PRIVATE_KEY || (env.DKIM_PRIVATE_KEY_FILE ? fs.readFileSync(env.DKIM_PRIVATE_KEY_FILE, 'utf8') : '')
  return createSmtpPool({
    connections: Number(env.SMTP_POOL_SIZE || 5),
    ...(env.DKIM_DOMAIN && env.DKIM_SELECTOR && privateKey
      ? { dkim: { domainName: env.DKIM_DOMAIN, keySelector: env.DKIM_SELECTOR, privateKey } }
      : {}),
    ...smtpTlsSettings(smtpUrl, env),
    url: smtpUrl,
  })
}

/** `From:` of the newsletter. */
export const newsletterFrom = (env: Record<string, string | undefined> = process.env) =>
  env.NEWSLETTER_FROM || '"Ambassadeurs Ardelys" <programme@ambassadeurs.example>'

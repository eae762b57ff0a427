import fs from 'node:fs'
import nodemailer from 'nodemailer'

/**
 * The demo's newsletter transport: a pooled SMTP connection set to `SMTP_URL` (the mail catcher when
 * unset), DKIM-signed when `DKIM_DOMAIN`, `DKIM_SELECTOR` and `DKIM_PRIVATE_KEY` (PEM text) or
 * `DKIM_PRIVATE_KEY_FILE` are set.
 */
/** The headers DKIM signs: the usual ones plus the List-* headers one-click unsubscribe relies on. */
export const dkimHeaderFieldNames =
  'From:Sender:Reply-To:Subject:Date:Message-ID:To:Cc:MIME-Version:Content-Type:Content-Transfer-Encoding:List-Id:List-Unsubscribe:List-Unsubscribe-Post'

export const createNewsletterTransport = (smtpUrl: string, env: Record<string, string | undefined> = process.env) => {
  const privateKey = env.DKIM_PRIVATE_KEY || (env.DKIM_PRIVATE_KEY_FILE ? fs.readFileSync(env.DKIM_PRIVATE_KEY_FILE, 'utf8') : '')
  const dkim =
    env.DKIM_DOMAIN && env.DKIM_SELECTOR && privateKey
      ? { domainName: env.DKIM_DOMAIN, headerFieldNames: dkimHeaderFieldNames, keySelector: env.DKIM_SELECTOR, privateKey }
      : undefined
  const url = new URL(smtpUrl)
  return nodemailer.createTransport({
    auth: url.username ? { pass: decodeURIComponent(url.password), user: decodeURIComponent(url.username) } : undefined,
    host: url.hostname,
    maxConnections: Number(env.SMTP_POOL_SIZE || 5),
    maxMessages: Infinity,
    pool: true,
    port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 25)),
    secure: url.protocol === 'smtps:',
    ...(url.hostname === '127.0.0.1' || url.hostname === 'localhost' ? { ignoreTLS: true } : {}),
    ...(dkim ? { dkim } : {}),
  })
}

/** `From:` of the newsletter. */
export const newsletterFrom = (env: Record<string, string | undefined> = process.env) =>
  env.NEWSLETTER_FROM || '"Ambassadeurs Ardelys" <programme@ambassadeurs.example>'

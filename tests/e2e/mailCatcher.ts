/**
 * The demo's mail catcher (MailDev 3) through its REST API: `GET /api/email` lists every message
 * captured since the demo started.
 */

export type CaughtMail = {
  date?: string
  html: string
  id: string
  subject: string
  text: string
  to: { address: string; name?: string }[]
}

export const listMail = async (mailUrl: string): Promise<CaughtMail[]> => {
  const response = await fetch(`${mailUrl}/api/email`, { signal: AbortSignal.timeout(10_000) })
  if (!response.ok) throw new Error(`GET ${mailUrl}/api/email answered ${response.status}`)
  return (await response.json()) as CaughtMail[]
}

/** Whether a message went to `address` (MailDev keeps the case it was sent with). */
export const isTo = (mail: CaughtMail, address: string) =>
  mail.to.some((recipient) => recipient.address.toLowerCase() === address.toLowerCase())

/** A subject or body with every run of spaces (no-break ones included) as one plain space. */
export const flatText = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * Polls the catcher until a message matches (the demo's jobs run every ~2 s), and returns it; on
 * timeout, fails naming what did arrive.
 */
export const waitForMail = async (
  mailUrl: string,
  description: string,
  matches: (mail: CaughtMail) => boolean,
  { timeoutMs = 30_000 }: { timeoutMs?: number } = {},
): Promise<CaughtMail> => {
  const deadline = Date.now() + timeoutMs
  let seen: CaughtMail[] = []
  while (Date.now() < deadline) {
    seen = await listMail(mailUrl)
    const found = seen.find(matches)
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const summary = seen.map((mail) => `  ${mail.to.map((to) => to.address).join(', ')}: ${mail.subject}`).join('\n')
  throw new Error(`no email ${description} within ${timeoutMs / 1000} s; the catcher holds:\n${summary}`)
}

// A local SMTP catcher with a web inbox (MailDev) for the demo: mail is captured, never relayed.
// Both servers listen on 127.0.0.1 only.
import fs from 'node:fs'
import path from 'node:path'

/**
 * Starts MailDev. A port already in use rejects with an error whose `code` is EADDRINUSE and whose
 * `port` is that port; whatever already started is stopped first.
 */
export const startMailCatcher = async ({ mailDir, smtpPort, webPort }) => {
  fs.mkdirSync(mailDir, { recursive: true })
  const { MailDev } = await import('maildev')
  const maildev = new MailDev({
    ip: '127.0.0.1',
    mailDirectory: path.resolve(mailDir),
    silent: true,
    smtp: smtpPort,
    web: webPort,
    webIp: '127.0.0.1',
  })
  try {
    await maildev.start()
  } catch (err) {
    // MailDev only knows how to stop once fully started: close the SMTP server if it is listening.
    const { smtp } = maildev.orchestrator ?? {}
    await smtp?.stop?.().catch(() => undefined)
    const error = err instanceof Error ? err : new Error(`MailDev did not start: ${String(err)}`)
    if (error.code === 'EADDRINUSE' && !error.port) error.port = /:(\d+)\b/.exec(error.message)?.[1]
    throw error
  }
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    webUrl: `http://localhost:${webPort}`,
    stop: () => maildev.stop(),
  }
}

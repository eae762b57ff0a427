// A local SMTP catcher with a web inbox (MailDev) for the demo: mail is captured, never relayed.
import fs from 'node:fs'
import path from 'node:path'

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
  await maildev.start()
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    webUrl: `http://localhost:${webPort}`,
    stop: () => maildev.stop(),
  }
}

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import { afterEach, describe, expect, it } from 'vitest'

import { smtpTlsSettings } from '../../demo/smtpSettings.ts'

const made: string[] = []
afterEach(() => {
  made.splice(0).forEach((dir) => fs.rmSync(dir, { force: true, recursive: true }))
})

describe('the demo SMTP clients’ TLS settings', () => {
  it('should leave STARTTLS aside for a server on this machine only while TLS is not required', () => {
    expect([
      smtpTlsSettings('smtp://127.0.0.1:25', {}),
      smtpTlsSettings('smtp://localhost:25', { SMTP_REQUIRE_TLS: 'true' }),
      smtpTlsSettings('smtp://mail.ardelys.example:587', {}),
    ]).toEqual([
      { ignoreTLS: true, requireTLS: false },
      { ignoreTLS: false, requireTLS: true },
      { ignoreTLS: false, requireTLS: false },
    ])
  })

  it('should trust the certificates of SMTP_TLS_CA_FILE besides the system’s, and verify none when told to', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smtp-ca-'))
    made.push(dir)
    const file = path.join(dir, 'ca.pem')
    fs.writeFileSync(file, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n')
    const trusted = smtpTlsSettings('smtps://192.0.2.10:465', { SMTP_TLS_CA_FILE: file })
    const unchecked = smtpTlsSettings('smtps://192.0.2.10:465', { SMTP_TLS_REJECT_UNAUTHORIZED: 'false' })
    expect(trusted.tls?.ca).toEqual([...tls.rootCertificates, fs.readFileSync(file, 'utf8')])
    expect(unchecked.tls).toEqual({ rejectUnauthorized: false })
  })
})

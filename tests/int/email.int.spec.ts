import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'

import { createApiClient } from '../helpers/createApiClient.ts'
import { createSignedInUser } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'
import { startSmtpServer } from '../helpers/startSmtpServer.ts'

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let t: TestPayload
let api: ApiClient

beforeAll(async () => {
  smtp = await startSmtpServer()
  t = await initTestPayload('email', { smtpUrl: smtp.url })
  api = createApiClient(t.config)
  await createSignedInUser(t.payload, 'editrice@test.example', ['editor'])
})

afterAll(async () => {
  await t?.teardown()
  await smtp?.stop()
})

describe('the demo host email transport', () => {
  it('should deliver a password reset to a real SMTP server, from the programme address', async () => {
    const response = await api.rest('POST', '/users/forgot-password', {
      body: { email: 'editrice@test.example' },
    })
    expect(response.status).toBe(200)
    const [mail] = await smtp.waitForMessages(1)
    expect(mail!.envelopeTo).toEqual(['editrice@test.example'])
    expect(mail!.parsed.from?.value[0]).toMatchObject({
      address: 'programme@ambassadeurs.example',
      name: 'Programme Ambassadeurs',
    })
    expect(mail!.parsed.html).toMatch(/reset-password|reset/i)
  })
})

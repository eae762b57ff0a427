/**
 * The demo's own output, as `npm run dev` writes it: next dev logs every request's URL, and the
 * ambassadors' and the calendar feed's tokens travel in URLs. The log keeps the requests and shows `…`
 * for each token.
 */
import fs from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'

import type { SharedDemo } from '../setup/demoSetup.ts'

import { signToken } from '../../src/newsletter/tokens.ts'
import { freshDemo } from '../helpers/freshDemo.ts'
import { restToken } from './browser.ts'

/** The secret the demo signs with when PAYLOAD_SECRET is unset (payload.config.ts). */
const developmentSecret = 'development-secret-not-for-production'

let server: SharedDemo
const tokens = { feed: '', preferences: '' }

/** The log once next dev has written the line of `path` (it logs a request after answering it). */
const logAfter = async (path: string) => {
  const deadline = Date.now() + 20_000
  for (;;) {
    const log = fs.readFileSync(server.logFile, 'utf8')
    if (log.includes(path) || Date.now() > deadline) return log
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

beforeAll(async () => {
  server = await freshDemo()
  const jwt = await restToken(server.baseUrl, 'admin@ambassadeurs.example')
  const get = async (path: string) =>
    (await (await fetch(`${server.baseUrl}/api${path}`, { headers: { authorization: `JWT ${jwt}` } })).json()) as {
      docs: { feedToken?: string; id: number }[]
    }
  const [ambassador] = (await get('/ambassadors?limit=1&depth=0')).docs
  const [calendar] = (await get('/editorial-calendars?limit=1&depth=0')).docs
  tokens.preferences = signToken('preferences', { ambassador: ambassador!.id }, developmentSecret)
  tokens.feed = calendar!.feedToken!
  const preferences = await fetch(`${server.baseUrl}/api/ambassadors/preferences?token=${tokens.preferences}`)
  const feed = await fetch(`${server.baseUrl}/api/editorial-calendars/${calendar!.id}/ical?token=${tokens.feed}`)
  expect([preferences.status < 500, feed.status]).toEqual([true, 200])
}, 300_000)

describe('the demo’s log', () => {
  it('should log the preferences page’s request with its token redacted', async () => {
    const log = await logAfter('/api/ambassadors/preferences?token=…')
    expect([/GET \/api\/ambassadors\/preferences\?token=… \S*\d{3}/.test(log), log.includes(tokens.preferences)]).toEqual([true, false])
  })

  it('should log the calendar feed’s request with its token redacted', async () => {
    const log = await logAfter('/ical?token=…')
    expect([/GET \/api\/editorial-calendars\/\d+\/ical\?token=… /.test(log), log.includes(tokens.feed)]).toEqual([true, false])
  })
})

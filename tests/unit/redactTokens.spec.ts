import { spawn } from 'node:child_process'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'

import { pipeRedacted, redactTokens } from '../../scripts/lib/redactTokens.mjs'
import { signToken } from '../../src/newsletter/tokens.ts'

const secret = 'test-secret-not-for-production'
const preferences = signToken('preferences', { ambassador: 12 }, secret)
const click = signToken('click', { ambassador: 12, issue: 3, item: 45 }, secret)
const feed = 'Zr1kYx0m3QpW8vTn2LbC4dFh6JsA9eGu'

describe('redactTokens', () => {
  it.each([
    [
      `GET /api/ambassadors/preferences?token=${preferences} 200 in 35ms`,
      'GET /api/ambassadors/preferences?token=… 200 in 35ms',
    ],
    [
      `POST /api/ambassadors/unsubscribe?token=${encodeURIComponent(preferences)}&List-Unsubscribe=One-Click 200 in 9ms`,
      'POST /api/ambassadors/unsubscribe?token=…&List-Unsubscribe=One-Click 200 in 9ms',
    ],
    [`GET /api/editorial-calendars/1/ical?token=${feed} 200 in 120ms`, 'GET /api/editorial-calendars/1/ical?token=… 200 in 120ms'],
    [`GET /api/x?page=2&feedToken=${feed}#top`, 'GET /api/x?page=2&feedToken=…#top'],
  ])('should redact the token of a request line: %s', (line, redacted) => {
    expect(redactTokens(line)).toBe(redacted)
  })

  it('should redact a token before the colour codes Next puts around the status', () => {
    expect(redactTokens(` GET /api/editorial-calendars/1/ical?token=${feed} \x1b[32m200\x1b[39m in 5ms`)).toBe(
      ' GET /api/editorial-calendars/1/ical?token=… \x1b[32m200\x1b[39m in 5ms',
    )
  })

  it('should redact a signed token standing alone in a message', () => {
    expect(redactTokens(`click ${click} recorded`)).toBe('click … recorded')
  })

  it('should redact a link carried, encoded, inside another', () => {
    const link = `/admin/login?redirect=${encodeURIComponent(`/api/ambassadors/preferences?token=${preferences}`)}`
    expect(redactTokens(link)).toBe('/admin/login?redirect=%2Fapi%2Fambassadors%2Fpreferences%3Ftoken%3D…')
  })

  it('should redact tokens in a JSON log line and an inspected object', () => {
    expect(redactTokens(`{"level":30,"msg":"x","feedToken":"${feed}"} { token: '${feed}' }`)).toBe(
      `{"level":30,"msg":"x","feedToken":"…"} { token: '…' }`,
    )
  })

  it('should redact the session cookie, an Authorization header and a verification link', () => {
    expect(redactTokens('cookie: lang=fr; payload-token=eyJh.bc.de Authorization: JWT eyJh.bc.de /api/users/verify/abc123?x=1')).toBe(
      'cookie: lang=fr; payload-token=… Authorization: JWT … /api/users/verify/…?x=1',
    )
  })

  it('should leave a line without a token as it is', () => {
    const line = 'GET /api/content-items?page=2&limit=10 200 in 12ms (tokens: none)'
    expect(redactTokens(line)).toBe(line)
  })
})

describe('pipeRedacted', () => {
  it('should redact a token split across the chunks a child writes, and keep every line', async () => {
    const script = [
      `process.stdout.write('GET /api/ambassadors/preferences?to')`,
      `setTimeout(() => process.stdout.write('ken=${preferences.slice(0, 20)}'), 30)`,
      `setTimeout(() => process.stdout.write('${preferences.slice(20)} 200 in 3ms\\nlast line'), 60)`,
    ].join(';')
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
    const target = new PassThrough()
    let written = ''
    target.on('data', (chunk: Buffer) => {
      written += chunk.toString()
    })
    pipeRedacted(child.stdout, target)
    await new Promise((resolve) => child.stdout.once('end', resolve))
    expect(written).toBe('GET /api/ambassadors/preferences?token=… 200 in 3ms\nlast line')
  })
})

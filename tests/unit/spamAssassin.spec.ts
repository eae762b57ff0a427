/**
 * Every kind of email the plugin sends, as the raw message an SMTP server receives, scored by SpamAssassin
 * with its local rules (`-L`: no network tests, as a mail gateway's content filter would score it before
 * any reputation). SpamAssassin must be installed (CI installs Debian's package): without it this fails.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emailKinds, everyEmail, type RawEmail } from '../helpers/everyEmail.ts'

const spamassassin = '/usr/bin/spamassassin'

type Score = { report: string; rules: Record<string, number>; score: number }

/**
 * Scores the messages in one SpamAssassin process (it takes seconds to start): an mbox whose envelope lines
 * number the messages, with each rule's exact score added as a header (the report rounds to a tenth).
 */
const scoreAll = (emails: RawEmail[], home: string): Score[] => {
  if (!fs.existsSync(spamassassin)) {
    throw new Error(`${spamassassin} is missing: install SpamAssassin (apt-get install spamassassin), as CI does`)
  }
  const mbox = emails
    .map(({ raw }, index) => `From email-${index}@scored.test Thu Jan  1 00:00:00 2027\n${raw.toString('latin1').replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1')}\n`)
    .join('')
  const prefs = path.join(home, 'user_prefs')
  fs.writeFileSync(prefs, '')
  const result = spawnSync(spamassassin, ['-L', '-t', '--mbox', '-p', prefs, '--cf=use_bayes 0', '--cf=add_header all Scores _TESTSSCORES(,)_'], {
    encoding: 'latin1',
    // Its own home, so that nothing is written to the user's.
    env: { ...process.env, HOME: home },
    input: mbox,
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) {
    throw new Error(`spamassassin exited with ${result.status}: ${result.stderr}`)
  }
  const scores: Score[] = []
  for (const part of result.stdout.split(/^(?=From email-\d+@scored\.test )/m).filter(Boolean)) {
    const index = Number(/^From email-(\d+)@/.exec(part)![1])
    const header = /^X-Spam-Scores: (.*(?:\n\t.*)*)/m.exec(part)?.[1]?.replace(/\s+/g, '') ?? ''
    const rules = Object.fromEntries(header.split(',').filter(Boolean).map((entry) => [entry.split('=')[0]!, Number(entry.split('=')[1])]))
    const score = Number(/^X-Spam-Status: \w+, score=(-?[\d.]+)/m.exec(part)![1])
    const report = /Content analysis details:[\s\S]*?(?=\n\n|\n-{5,}|$)/.exec(part)?.[0] ?? ''
    scores[index] = { report, rules, score }
  }
  return scores
}

let home: string
let emails: RawEmail[]
let scores: Score[]

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'spamassassin-'))
  emails = await everyEmail()
  scores = scoreAll(emails, home)
}, 180_000)

afterAll(() => {
  fs.rmSync(home, { force: true, recursive: true })
})

describe('SpamAssassin’s local rules', () => {
  it('should score every kind of email the plugin sends', () => {
    expect([scores.filter(Boolean).length, emails.map(({ kind }) => kind)]).toEqual([emailKinds.length, [...emailKinds]])
  })

  it.each(emailKinds)('should give the %s a score of 0 at most, with no rule that counts (above 0.001) firing', (kind) => {
    const { report, rules, score } = scores[emails.findIndex((email) => email.kind === kind)]!
    console.log(`${kind}: ${score}\n${Object.entries(rules).map(([rule, points]) => `  ${rule} ${points}`).join('\n')}\n${report}`)
    expect(score).toBeLessThanOrEqual(0)
    expect(Object.entries(rules).filter(([, points]) => points > 0.001)).toEqual([])
  })
})

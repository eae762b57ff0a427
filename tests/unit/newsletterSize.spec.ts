/**
 * Gmail clips an email whose HTML passes about 102 KB: the rest, the unsubscribe link with it, hides behind
 * "View entire message". The heaviest issue a programme can send (as many items as `itemsPerIssue` allows,
 * every field as long as a save allows) must stay under it, measured as it travels (quoted-printable), which
 * is more than the decoded HTML.
 */
import { simpleParser } from 'mailparser'
import { describe, expect, it } from 'vitest'

import { maxItemsPerIssue, shareTextLimits } from '../../src/defaults.ts'
import { buildSegmentMessage } from '../../src/delivery/buildMessage.ts'
import { issueTitleMaxLength } from '../../src/newsletter/issueSubjects.ts'
import { compileSegment } from '../../src/newsletter/render/index.ts'
import { ambassadorRecipient } from '../helpers/everyEmail.ts'
import { largestIssue } from '../helpers/largestIssue.ts'

const gmailClipBytes = 102_000

const recipient = ambassadorRecipient(1_234_567, 'marie-amelie.de-la-fontaine-dubreuil@ardelys.example', 'Marie-Amélie-Alexandrine')

const characters = (text: string | undefined) => Array.from(text ?? '').length

describe('the largest newsletter', () => {
  it.each(['fr', 'en'] as const)(
    'should keep the %s HTML under 102 KB as sent, footer included, with the most items an issue may carry',
    async (language) => {
      const compiled = await compileSegment(largestIssue(language, maxItemsPerIssue))
      const raw = Buffer.concat(buildSegmentMessage(compiled, recipient, { from: 'Ambassadeurs <programme@ardelys.example>', to: recipient.email }).chunks).toString('latin1')
      const htmlStart = raw.indexOf('\r\n\r\n', raw.indexOf('Content-Type: text/html')) + 4
      const encoded = raw.slice(htmlStart, raw.lastIndexOf('\r\n--=_ambassadors_'))
      const html = (await simpleParser(raw)).html as string
      console.log(`${language}, ${maxItemsPerIssue} items: HTML ${Buffer.byteLength(html)} bytes, ${encoded.length} as sent (quoted-printable)`)
      expect(encoded.length).toBeLessThan(gmailClipBytes)
      expect(html.slice(-2000)).toContain(`unsubscribe?token=${recipient.unsubscribeToken}`)
    },
  )

  it('should be made of items whose fields are as long as a save allows', () => {
    const issue = largestIssue('fr', maxItemsPerIssue)
    expect(characters(issue.issue.title)).toBe(issueTitleMaxLength)
    expect(
      issue.items.map((item) => [
        characters(item.title),
        characters(item.summary),
        characters(item.shareTexts.find((share) => share.network === 'linkedin')?.text),
        characters(item.shareTexts.find((share) => share.network === 'x')?.text),
      ]),
    ).toEqual(Array.from({ length: maxItemsPerIssue }, () => [200, 600, shareTextLimits.linkedin, shareTextLimits.x]))
  })
})

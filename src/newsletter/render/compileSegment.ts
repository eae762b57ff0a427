import type { SegmentContent } from '../types.ts'
import type { CompiledSegment } from './types.ts'
import type { RecipientLinks } from './segmentTemplates.ts'

import { compileMjml } from '../../emails/compileMjml.ts'
import { toSafeHref } from '../../emails/toSafeHref.ts'
import { cleanStrings } from './cleanText.ts'
import { listIdOf, mailtoUnsubscribeOf, toMessageIdPart } from './headerValues.ts'
import { segmentTemplates } from './segmentTemplates.ts'
import { splitAtSlots } from './slots.ts'

/**
 * The preference and unsubscribe endpoints up to `token=`, from the site's base URL (its path kept, its query
 * and fragment dropped). The newsletter cannot go out without them: a base URL that is not absolute http(s)
 * fails the compile.
 */
const recipientLinksOf = ({ ambassadorsSlug, apiRoute, publicUrl }: SegmentContent): RecipientLinks & { host: string } => {
  const base = toSafeHref(publicUrl)
  if (!base) {
    throw new Error(`newsletter: publicUrl must be an absolute http(s) URL (got "${publicUrl}")`)
  }
  const { hostname, origin, pathname } = new URL(base)
  const root = `${origin}${pathname.replace(/\/+$/, '')}/${apiRoute.replace(/^\/+|\/+$/g, '')}/${encodeURIComponent(ambassadorsSlug)}`
  const endpoint = (action: string) => {
    const href = toSafeHref(`${root}/${action}`.replace(/(?<!:)\/{2,}/g, '/'))
    if (!href) {
      throw new Error(`newsletter: apiRoute "${apiRoute}" and ambassadorsSlug "${ambassadorsSlug}" do not make a URL`)
    }
    return `${href}?token=`
  }
  return { host: hostname, preferencesUrl: endpoint('preferences'), unsubscribeUrl: endpoint('unsubscribe') }
}

/**
 * Compiles one segment's newsletter: MJML runs here, once, never per recipient. What varies per recipient
 * (greeting, preference and unsubscribe tokens) is left as slots in the HTML and text templates, to be filled
 * by `renderForRecipient`. Content strings are cleaned of control characters and of the slot sentinels first,
 * so content cannot forge a slot; a compiled template whose slots are not exactly the expected ones throws.
 */
export const compileSegment = async (input: SegmentContent): Promise<CompiledSegment> => {
  const content = cleanStrings(input)
  const { host, ...links } = recipientLinksOf(content)
  const templates = segmentTemplates(content, links)
  const html = await compileMjml(templates.mjml)
  const once = { preferencesToken: 1, unsubscribeToken: 1 }
  return {
    html: splitAtSlots(html, 'html', { greetingHtml: 1, ...once }),
    issueId: String(content.issue.id),
    language: content.language,
    listId: listIdOf(content.programmeName, host),
    listUnsubscribeMailto: mailtoUnsubscribeOf(content.unsubscribeMailto),
    messageIdPrefix: `<newsletter-${toMessageIdPart(content.issue.id)}-`,
    messageIdSuffix: `@${host}>`,
    preferencesUrl: links.preferencesUrl,
    subject: templates.subject,
    text: splitAtSlots(templates.text, 'text', { greetingText: 1, ...once }),
    unsubscribeUrl: links.unsubscribeUrl,
  }
}

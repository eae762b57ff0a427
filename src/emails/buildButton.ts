import type { EmailBlock } from './emailTypes.ts'

import { escapeHtml } from './escapeHtml.ts'
import { toSafeHref } from './toSafeHref.ts'

/**
 * A call-to-action button, written out as "Label: URL" in the text part. Null when the URL is not http(s):
 * no button is better than a `javascript:` one.
 */
export const buildButton = ({ label, url }: { label: string; url: null | string | undefined }): EmailBlock | null => {
  const href = toSafeHref(url)
  if (!href) {
    return null
  }
  return {
    mjml: `<mj-button href="${escapeHtml(href)}">${escapeHtml(label)}</mj-button>`,
    text: `${label}\n${href}`,
  }
}

import type { NewsletterMessage, NewsletterRecipient, SegmentContent } from '../types.ts'

import { compileSegment } from './compileSegment.ts'
import { renderForRecipient } from './renderForRecipient.ts'

/** One message, compiled and filled: for previews and test sends. A send compiles once per segment instead. */
export const renderNewsletter = async (
  content: SegmentContent,
  recipient: NewsletterRecipient,
): Promise<NewsletterMessage> => renderForRecipient(await compileSegment(content), recipient)

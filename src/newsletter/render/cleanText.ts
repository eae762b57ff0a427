/** Control characters other than tab and line breaks, and the text part's slot sentinels (see slots.ts). */
const droppedCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\uE000\uE001]/g
/** A surrogate without its pair: `encodeURIComponent` throws on it. */
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The string with each lone surrogate replaced by U+FFFD (`String.prototype.toWellFormed`, ES2024). */
export const toWellFormed = (value: string): string => value.replace(loneSurrogates, '\uFFFD')

/** Text fit for a template: no control characters, no slot sentinel, well-formed UTF-16. */
export const cleanText = (value: string): string => toWellFormed(value.replace(droppedCharacters, ''))

/** A copy of plain data (objects, arrays, strings, numbers…) with every string cleaned. */
export const cleanStrings = <T>(value: T): T => {
  if (typeof value === 'string') {
    return cleanText(value) as T
  }
  if (Array.isArray(value)) {
    return value.map(cleanStrings) as T
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, cleanStrings(entry)])) as T
  }
  return value
}

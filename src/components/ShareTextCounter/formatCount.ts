/**
 * A count written in the admin's language. Not `toLocaleString()`: the server's locale and the browser's
 * differ ("3,000" against "3 000"), and the page would not hydrate.
 */
export const formatCount = (value: number, language: string): string => new Intl.NumberFormat(language).format(value)

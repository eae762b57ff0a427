import { escapeHtml } from './escapeHtml.ts'

/** Escaped text whose line breaks (a multi-line comment or summary) survive as `<br />`. */
export const formatHtmlText = (value: string): string =>
  escapeHtml(value.trim()).replace(/\r\n?|\n|\u2028|\u2029/g, '<br />')

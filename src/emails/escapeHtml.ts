const replacements: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
}

/**
 * Escapes text for HTML content and quoted attributes. MJML keeps entities as they are (its parser does not
 * decode them), so an escaped value can neither close an `mj-text` nor open a tag of its own.
 */
export const escapeHtml = (value: string): string => value.replace(/["&'<>]/g, (character) => replacements[character]!)

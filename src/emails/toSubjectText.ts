/**
 * Text fit for a Subject header: control characters and line breaks (CR/LF would inject headers) become
 * spaces, runs of spaces collapse, and text longer than `maxLength` characters is cut with an ellipsis.
 */
export const toSubjectText = (value: string, maxLength = Number.POSITIVE_INFINITY): string => {
  const line = value
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const characters = Array.from(line)
  return characters.length > maxLength ? `${characters.slice(0, maxLength - 1).join('').trimEnd()}…` : line
}

/**
 * The text of a CSV file's bytes: UTF-8 (with or without a byte order mark) when they are valid UTF-8,
 * else Windows-1252, the encoding Excel uses for "CSV (separator: semicolon)" in France. Browser-safe:
 * the admin component decodes the chosen file with it too.
 */
export const decodeCsvBytes = (bytes: Uint8Array): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

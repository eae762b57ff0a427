/** The form an address is stored and compared in: trimmed, Unicode NFC, lowercase. */
export const normalizeEmail = (value: string): string => value.normalize('NFC').trim().toLowerCase()

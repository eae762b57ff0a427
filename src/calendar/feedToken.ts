import { randomBytes } from 'node:crypto'

/** A new random feed secret: 24 bytes, URL-safe. */
export const newFeedToken = (): string => randomBytes(24).toString('base64url')

import { createHash } from 'node:crypto'

/** Payload's own derivation of PAYLOAD_SECRET (config.secret), applied to a former secret. */
const asPayloadSecret = (secret: string) => createHash('sha256').update(secret).digest('hex').slice(0, 32)

/**
 * The secrets tokens are signed and checked with: Payload's current secret first (it signs), then the
 * former ones from the `previousSecrets` option (they only check).
 */
export const tokenSecrets = (payloadSecret: string, previousSecrets: string[]): string[] => [
  payloadSecret,
  ...previousSecrets.map(asPayloadSecret),
]

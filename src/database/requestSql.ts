import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

type Statement = ReturnType<typeof sql>
type Executor = { execute: (statement: Statement) => Promise<unknown> }

/** `$1`-style text and its parameters as one drizzle statement (parameters stay bound, never inlined). */
const toStatement = (text: string, params: unknown[]): Statement =>
  sql.join(text.split(/\$(\d+)/).map((part, index) => (index % 2 === 0 ? sql.raw(part) : sql`${params[Number(part) - 1]}`)))

/**
 * Runs one statement in the request's transaction (the one Payload opened for the operation under way),
 * or on its own when the request has none: what a hook changes commits or rolls back with the change
 * that called it.
 */
export const queryInRequest = async <Row extends Record<string, unknown>>(
  req: PayloadRequest,
  text: string,
  params: unknown[] = [],
): Promise<Row[]> => {
  const { db } = req.payload
  const session = req.transactionID ? db.sessions?.[String(await req.transactionID)] : undefined
  const drizzle = (session?.db ?? db.drizzle) as Executor | undefined
  if (!drizzle) {
    throw new Error('[payload-plugin-ambassadors] needs the @payloadcms/db-postgres adapter (payload.db.drizzle)')
  }
  const result = (await drizzle.execute(toStatement(text, params))) as unknown as { rows: Row[] }
  return result.rows
}

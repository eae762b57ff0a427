/** One input error: its message in the caller's language and the field or parameter it concerns. */
export type FieldError = { message: string; path: string }

/** Payload's error shape, `{ errors: [{ message, path }] }`, with a 4xx status. */
export const errorResponse = (status: number, errors: FieldError[]): Response => Response.json({ errors }, { status })

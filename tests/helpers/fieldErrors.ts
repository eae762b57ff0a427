/** The `{ path, message }` list of a Payload ValidationError response body. */
export const fieldErrors = (body: unknown): { message: string; path: string }[] =>
  ((body as { errors?: { data?: { errors?: { message: string; path: string }[] } }[] }).errors ?? [])
    .flatMap((error) => error.data?.errors ?? [])

/**
 * Reads a request body up to `limit` bytes; `null` as soon as it is longer (the rest is not read), so a
 * huge upload is refused without being held in memory.
 */
export const readLimitedBytes = async (
  body: null | ReadableStream<Uint8Array> | undefined,
  limit: number,
): Promise<null | Uint8Array> => {
  if (!body) return new Uint8Array()
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    length += value.byteLength
    if (length > limit) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

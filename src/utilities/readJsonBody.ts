import type { PayloadRequest } from 'payload'

/** The request's JSON body: `{}` when empty, `undefined` when it is not JSON (the caller answers 400). */
export const readJsonBody = async (req: PayloadRequest): Promise<unknown> => {
  try {
    const text = req.text ? await req.text() : ''
    return text.trim() === '' ? {} : JSON.parse(text)
  } catch {
    return undefined
  }
}

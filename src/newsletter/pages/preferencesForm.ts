import { z } from 'zod'

import { ambassadorFrequencies, languages } from '../../defaults.ts'

/** Longest form body read: the full preference form with a few hundred themes stays far below. */
export const maxFormBodyLength = 32 * 1024

/**
 * The fields of a posted form, whichever encoding the browser or mail provider chose: RFC 8058 allows
 * `application/x-www-form-urlencoded` and `multipart/form-data`; anything else reads as no field.
 */
export const readFormFields = async (body: string, contentType: null | string): Promise<URLSearchParams> => {
  const type = contentType?.split(';')[0]?.trim().toLowerCase()
  if (type === 'multipart/form-data') {
    try {
      const form = await new Response(body, { headers: { 'content-type': contentType! } }).formData()
      const fields = new URLSearchParams()
      form.forEach((value, name) => {
        if (typeof value === 'string') fields.append(name, value)
      })
      return fields
    } catch {
      return new URLSearchParams()
    }
  }
  return type === 'application/x-www-form-urlencoded' || type === 'text/plain' ? new URLSearchParams(body) : new URLSearchParams()
}

/** RFC 8058: what a mail provider posts when the reader clicks its own "unsubscribe" button. */
export const isOneClickBody = (fields: URLSearchParams): boolean => fields.get('List-Unsubscribe') === 'One-Click'

const themeId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)

const fullForm = z.object({
  frequency: z.enum(ambassadorFrequencies),
  language: z.enum(languages),
  resubscribe: z.literal('yes').optional(),
  scope: z.literal('preferences'),
  themes: z.array(themeId).max(500),
})

/** The lighter choices of the unsubscribe page: only the frequency changes. */
const frequencyForm = z.object({
  frequency: z.enum(ambassadorFrequencies),
  scope: z.literal('frequency'),
})

const preferencesForm = z.discriminatedUnion('scope', [fullForm, frequencyForm])

export type PreferencesForm = z.infer<typeof preferencesForm>

/** The posted choices, or `undefined` when a field is missing, repeated or not one of its values. */
export const parsePreferencesForm = (fields: URLSearchParams): PreferencesForm | undefined => {
  const single = (name: string) => {
    const values = fields.getAll(name)
    return values.length === 1 ? values[0] : undefined
  }
  const parsed = preferencesForm.safeParse({
    frequency: single('frequency'),
    language: single('language'),
    resubscribe: fields.has('resubscribe') ? single('resubscribe') : undefined,
    scope: single('scope'),
    themes: fields.getAll('themes'),
  })
  return parsed.success ? parsed.data : undefined
}

/**
 * The body of a request as text, read no further than `maxFormBodyLength` bytes: `undefined` for a
 * longer one (no content-length is trusted, a chunked body is counted as it arrives).
 */
export const readBoundedText = async (body: null | ReadableStream<Uint8Array> | undefined): Promise<string | undefined> => {
  if (!body) {
    return ''
  }
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) {
      break
    }
    size += value.byteLength
    if (size > maxFormBodyLength) {
      await reader.cancel().catch(() => {})
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

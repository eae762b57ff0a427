const known = new Map<string, boolean>()

/** True for a time zone name this runtime knows (IANA, e.g. `Europe/Paris`, or `UTC`). */
export const isTimeZone = (value: string): boolean => {
  const cached = known.get(value)
  if (cached !== undefined) {
    return cached
  }
  let result = true
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
  } catch {
    result = false
  }
  known.set(value, result)
  return result
}

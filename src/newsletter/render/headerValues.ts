import { toSubjectText } from '../../emails/toSubjectText.ts'
import { toWellFormed } from './cleanText.ts'

const atom = /^[A-Za-z0-9_-]+$/
const notDotAtom = /[!'()*.~]/g
const percentOf = (character: string) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`

/**
 * An id written into a Message-ID: as it is when it is letters, digits, `_` and `-` (numeric ids, UUIDs),
 * otherwise percent-encoded, so the header stays one line of `dot-atom-text` (RFC 5322) whatever the id holds.
 */
export const toMessageIdPart = (id: number | string): string => {
  const value = String(id)
  return atom.test(value) ? value : encodeURIComponent(toWellFormed(value)).replace(notDotAtom, percentOf)
}

const tokenCharacters = /^[A-Za-z0-9._~-]*$/

/** A token as a query value: kept as it is when it is URL-safe (signed tokens are), percent-encoded otherwise. */
export const encodeToken = (token: string): string =>
  tokenCharacters.test(token) ? token : encodeURIComponent(toWellFormed(token)).replace(/[!'()*]/g, percentOf)

/** `"…"` around a display name that holds an RFC 5322 special, with `"` and `\` escaped. */
const toPhrase = (name: string): string =>
  /[()<>[\]:;@\\,."]/.test(name) ? `"${name.replace(/["\\]/g, (character) => `\\${character}`)}"` : name

const listLabel = 'ambassadeurs'

/**
 * `Programme <ambassadeurs.host>` (RFC 2919: a label, then a domain the site holds), or `<host>` when the
 * host already starts with the label (`ambassadeurs.ardelys.example`, not `ambassadeurs.ambassadeurs.…`). The
 * name is one line without control characters, quoted when it holds an RFC 5322 special; the header writer
 * encodes it when it is not ASCII (see `formatHeader`).
 */
export const listIdOf = (programmeName: string, host: string): string => {
  const name = toSubjectText(programmeName)
  const id = host.toLowerCase().startsWith(`${listLabel}.`) ? host : `${listLabel}.${host}`
  return name ? `${toPhrase(name)} <${id}>` : `<${id}>`
}

const plainAddress = /^[A-Za-z0-9._+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/

/**
 * `, <mailto:address?subject=unsubscribe>` for a plain address (written with or without `mailto:`), or nothing
 * for anything else: the mailto is an extra, and a malformed one would only break the header.
 */
export const mailtoUnsubscribeOf = (address: string | undefined): string => {
  const plain = address?.trim().replace(/^mailto:/i, '') ?? ''
  return plainAddress.test(plain) ? `, <mailto:${plain}?subject=unsubscribe>` : ''
}

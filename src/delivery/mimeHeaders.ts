import addressparser from 'nodemailer/lib/addressparser'

/**
 * The longest header line we write. RFC 5322 asks for 78 at most (998 is the hard limit); RFC 2047 limits a
 * line that holds an encoded-word to 76, so 76 serves every header.
 */
export const headerLineLimit = 76

const printableAscii = /^[\x20-\x7e]*$/
/** RFC 5322 `atext` and spaces: a phrase made of atoms, written as it is. */
const atomsAndSpaces = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*$/
/** Text a mail client would take for an encoded-word (RFC 2047 §6.1): it must be encoded itself. */
const looksEncoded = /=\?/
/** `=?UTF-8?B?` and `?=`. */
const encodedWordOverhead = 12

/**
 * `text` as RFC 2047 B encoded-words, each holding whole characters (a UTF-8 sequence is never split) and
 * at most 75 characters long: the first fits in `firstRoom` characters (what is left of the header's first
 * line), the others on lines of their own.
 */
export const encodedWordsOf = (text: string, firstRoom = headerLineLimit - 1): string[] => {
  // Whole groups of 3 bytes (4 base64 characters) in what is left of the line, and a character of 4 bytes at least.
  const bytesFor = (room: number) => Math.max(Math.floor((Math.min(room, 75) - encodedWordOverhead) / 4) * 3, 4)
  const encode = (chunk: string) => `=?UTF-8?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`
  const words: string[] = []
  let budget = bytesFor(firstRoom)
  let chunk = ''
  let size = 0
  for (const character of text) {
    const bytes = Buffer.byteLength(character, 'utf8')
    if (size + bytes > budget) {
      words.push(encode(chunk))
      chunk = ''
      size = 0
      budget = bytesFor(headerLineLimit - 1)
    }
    chunk += character
    size += bytes
  }
  words.push(encode(chunk))
  return words
}

/**
 * `Name: piece piece…` with a line break before each piece that would take the line past
 * `headerLineLimit` (RFC 5322 folding: CRLF before a space that already separates two pieces), and always
 * before a piece when `breakBetween` is set. A piece is never cut: one longer than a line has a line of its own.
 */
export const foldPieces = (name: string, pieces: string[], { breakBetween = false } = {}): string => {
  let folded = `${name}:`
  let lineLength = folded.length
  pieces.forEach((piece, index) => {
    if (index > 0 && (breakBetween || lineLength + 1 + piece.length > headerLineLimit)) {
      folded += '\r\n'
      lineLength = 0
    }
    folded += ` ${piece}`
    lineLength += 1 + piece.length
  })
  return folded
}

/** Unstructured text (Subject) as pieces: its words when it can be written as it is, encoded-words otherwise. */
const textPieces = (text: string, firstRoom: number): string[] => {
  const words = text.split(' ').filter(Boolean)
  const fits = words.every((word, index) => word.length <= (index === 0 ? firstRoom : headerLineLimit - 1))
  return printableAscii.test(text) && !looksEncoded.test(text) && fits ? words : encodedWordsOf(text, firstRoom)
}

/**
 * A display name (From, List-Id) as RFC 5322 phrase pieces: atoms as they are, other ASCII as one quoted
 * string (split at its spaces, which folding keeps), anything else as encoded-words, never inside quotes.
 */
const phrasePieces = (name: string, firstRoom: number): string[] => {
  if (!printableAscii.test(name) || looksEncoded.test(name)) {
    return encodedWordsOf(name, firstRoom)
  }
  const phrase = atomsAndSpaces.test(name) ? name : `"${name.replace(/["\\]/g, (character) => `\\${character}`)}"`
  const pieces = textPieces(phrase, firstRoom)
  return pieces[0]?.startsWith('=?') ? encodedWordsOf(name, firstRoom) : pieces
}

/** The display name of an RFC 5322 phrase, its quotes and escapes taken off: `"A \"B\"", C` gives `A "B", C`. */
const unquotePhrase = (phrase: string): string => {
  const trimmed = phrase.trim()
  return /^"(?:[^"\\]|\\.)*"$/.test(trimmed) ? trimmed.slice(1, -1).replace(/\\(.)/g, '$1') : trimmed
}

/** `Name <address>`, `"Name" <address>` or `address`: the phrase folded and encoded, the address kept whole. */
const mailboxHeader = (name: string, value: string): string => {
  const [mailbox] = addressparser(value)
  if (!mailbox || !('address' in mailbox) || !mailbox.address) {
    return foldPieces(name, textPieces(value, headerLineLimit - name.length - 2))
  }
  const display = mailbox.name.trim()
  const pieces = display ? phrasePieces(display, headerLineLimit - name.length - 2) : []
  return foldPieces(name, [...pieces, `<${mailbox.address}>`])
}

/** `List-Id: phrase <label.namespace>` (RFC 2919): the phrase as a display name, the id kept whole. */
const listIdHeader = (name: string, value: string): string => {
  const match = /^(.*?)\s*(<[^<>]*>)$/.exec(value.trim())
  if (!match) {
    return foldPieces(name, textPieces(value, headerLineLimit - name.length - 2))
  }
  const display = unquotePhrase(match[1]!)
  return foldPieces(name, [...(display ? phrasePieces(display, headerLineLimit - name.length - 2) : []), match[2]!])
}

/** `<uri>, <uri>` (RFC 2369): one item a line, each kept whole, the commas at the ends of lines. */
const uriListHeader = (name: string, value: string): string => {
  const items = value.split(/>\s*,\s*</)
  return foldPieces(
    name,
    items.map((item, index) => `${index > 0 ? '<' : ''}${item}${index < items.length - 1 ? '>,' : ''}`),
    { breakBetween: true },
  )
}

/** `type/subtype; name=value; …`: a line break allowed after each `;`. */
const parametersHeader = (name: string, value: string): string =>
  foldPieces(
    name,
    value.split(/;\s*/).map((part, index, parts) => (index < parts.length - 1 ? `${part};` : part)),
  )

const headerKinds: Record<string, (name: string, value: string) => string> = {
  'content-type': parametersHeader,
  from: mailboxHeader,
  'list-id': listIdHeader,
  'list-unsubscribe': uriListHeader,
  'reply-to': mailboxHeader,
  sender: mailboxHeader,
  to: mailboxHeader,
}

/**
 * One header as it goes on the wire, `Name: value` folded (no line over `headerLineLimit` unless a single
 * address, id or URI is longer) and encoded (RFC 2047 encoded-words where the value is not printable ASCII),
 * by what the header holds: a mailbox (From, To), a list id, a list of URIs (List-Unsubscribe), MIME
 * parameters (Content-Type), or unstructured text (Subject and the rest). Line breaks in `value` are spaces.
 */
export const formatHeader = (name: string, value: string): string => {
  const line = value.replace(/[\r\n\t]+/g, ' ')
  const format = headerKinds[name.toLowerCase()]
  return format ? format(name, line) : foldPieces(name, textPieces(line.replace(/ {2,}/g, ' ').trim(), headerLineLimit - name.length - 2))
}

/** The folded value alone (what follows `Name: `), for a mailer that writes the name itself (nodemailer's `prepared`). */
export const formatHeaderValue = (name: string, value: string): string => formatHeader(name, value).slice(name.length + 2)

/**
 * A subject for a mailer that folds at spaces but cannot cut a word (nodemailer): as it is, but written as
 * encoded-words it can fold between when a word is too long for a line (or the text would be taken for an
 * encoded-word). The mailer still encodes the rest its own way when it is not ASCII.
 */
export const subjectForMailer = (subject: string): string => {
  const text = subject.replace(/\s+/g, ' ').trim()
  const firstRoom = headerLineLimit - 'Subject: '.length
  return looksEncoded.test(text) || text.split(' ').some((word) => word.length > firstRoom)
    ? encodedWordsOf(text, firstRoom).join(' ')
    : text
}

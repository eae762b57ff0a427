/** Base letters (accents removed) that start a vowel sound; `y` only before a consonant (Yves, not Yann). */
const vowels = new Set(['a', 'e', 'i', 'o', 'u', 'œ', 'æ'])

const isVowel = (letter: string | undefined) => letter !== undefined && vowels.has(letter)

/**
 * French "de" before a name or noun, elided to "d’" before a vowel sound or a mute h ("d’Élodie",
 * "d’Hélène", "d’Yves", but "de Julien", "de Yann"). An h is taken as mute: first names with an
 * aspirated h are rare enough that "d’" reads right far more often.
 */
export const frenchDe = (name: string): string => {
  const trimmed = name.trim()
  const [first, second] = [...trimmed.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()]
  const isElided = isVowel(first) || first === 'h' || (first === 'y' && second !== undefined && !isVowel(second))
  return isElided ? `d’${trimmed}` : `de ${trimmed}`
}

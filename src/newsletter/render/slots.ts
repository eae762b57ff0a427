import type { CompiledTemplate, RecipientSlot } from './types.ts'

import { recipientSlots } from './types.ts'

/*
 * Slots are written into the templates as sentinels that MJML copies through untouched and that content
 * cannot spell:
 * - in the HTML, an entity-shaped name (`&amb-greetingHtml;`): every `&` that comes from content is escaped to
 *   `&amp;` before it reaches the MJML, so no escaped value contains `&amb-`;
 * - in the text part (which MJML never sees), private-use characters that `cleanText` strips from content.
 *   They cannot serve the HTML: MJML drops private-use characters.
 * A compiled template must hold each sentinel exactly as often as the layout wrote it, so a forged or lost
 * slot fails the compile instead of mailing one recipient's link to another.
 */
export const htmlSlot = (slot: RecipientSlot): string => `&amb-${slot};`
export const textSlot = (slot: RecipientSlot): string => `\uE000${slot}\uE001`

const slotPatterns = {
  html: { any: /&amb-/g, slot: new RegExp(`&amb-(${recipientSlots.join('|')});`, 'g') },
  text: { any: /[\uE000\uE001]/g, slot: new RegExp(`\uE000(${recipientSlots.join('|')})\uE001`, 'g') },
} as const

const isSlot = (value: string): value is RecipientSlot => (recipientSlots as readonly string[]).includes(value)

/** Splits a compiled template at its sentinels, checking that each slot occurs `expected[slot]` times. */
export const splitAtSlots = (
  source: string,
  kind: keyof typeof slotPatterns,
  expected: Partial<Record<RecipientSlot, number>>,
): CompiledTemplate => {
  const parts: string[] = []
  const slots: RecipientSlot[] = []
  let from = 0
  for (const match of source.matchAll(slotPatterns[kind].slot)) {
    const slot = match[1]
    if (slot === undefined || !isSlot(slot)) {
      throw new Error(`newsletter ${kind} template: unknown slot "${match[0]}"`)
    }
    parts.push(source.slice(from, match.index))
    slots.push(slot)
    from = match.index + match[0].length
  }
  parts.push(source.slice(from))
  const stray = parts.reduce((count, part) => count + (part.match(slotPatterns[kind].any)?.length ?? 0), 0)
  if (stray > 0) {
    throw new Error(`newsletter ${kind} template: ${stray} malformed slot marker(s)`)
  }
  for (const slot of recipientSlots) {
    const found = slots.filter((candidate) => candidate === slot).length
    if (found !== (expected[slot] ?? 0)) {
      throw new Error(`newsletter ${kind} template: slot ${slot} found ${found} times, expected ${expected[slot] ?? 0}`)
    }
  }
  return { parts, slots }
}

/** Fills a compiled template: concatenation only. */
export const fillTemplate = ({ parts, slots }: CompiledTemplate, values: Record<RecipientSlot, string>): string => {
  let filled = parts[0]!
  for (let index = 0; index < slots.length; index++) {
    filled += values[slots[index]!] + parts[index + 1]!
  }
  return filled
}

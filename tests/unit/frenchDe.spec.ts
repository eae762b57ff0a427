import { describe, expect, it } from 'vitest'

import { frenchDe } from '../../src/utilities/frenchDe.ts'

describe('frenchDe', () => {
  it.each([
    ['Élodie Bernard', 'd’Élodie Bernard'],
    ['Anne', 'd’Anne'],
    ['Isabelle', 'd’Isabelle'],
    ['Olivier', 'd’Olivier'],
    ['Ugo', 'd’Ugo'],
    ['Œlla', 'd’Œlla'],
    ['Yves', 'd’Yves'],
    ['Hélène', 'd’Hélène'],
    ['hugo', 'd’hugo'],
  ])('should elide before a vowel sound or a mute h: %s', (name, expected) => {
    expect(frenchDe(name)).toBe(expected)
  })

  it.each([
    ['Julien Moreau', 'de Julien Moreau'],
    ['Yann', 'de Yann'],
    ['Yasmine', 'de Yasmine'],
    ['3M France', 'de 3M France'],
    ['« Les Amis »', 'de « Les Amis »'],
  ])('should keep de before a consonant sound or anything else: %s', (name, expected) => {
    expect(frenchDe(name)).toBe(expected)
  })

  it('should trim the name first', () => {
    expect(frenchDe('  Élodie ')).toBe('d’Élodie')
  })
})

import { describe, expect, it } from 'vitest'

import { translations } from '../../src/translations/index.ts'

const keysOf = (language: 'en' | 'fr') => Object.keys(translations[language]['plugin-ambassadors']).sort()

const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort()

describe('translations', () => {
  it('should have every English message in French', () => {
    expect(keysOf('fr')).toEqual(keysOf('en'))
  })

  it.each(keysOf('en'))('should use the same placeholders in both languages for %s', (key) => {
    const en = translations.en['plugin-ambassadors'][key as keyof (typeof translations.en)['plugin-ambassadors']]
    const fr = translations.fr['plugin-ambassadors'][key as keyof (typeof translations.fr)['plugin-ambassadors']]
    expect(placeholders(fr)).toEqual(placeholders(en))
  })
})

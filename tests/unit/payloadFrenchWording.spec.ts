import { fr } from '@payloadcms/translations/languages/fr'
import { deepMergeSimple } from 'payload/shared'
import { describe, expect, it } from 'vitest'

import { payloadFrenchWording } from '../../src/translations/payloadFrenchWording.ts'

/** Payload's French table as the plugin leaves it, read the way Payload's `t` fills a variable. */
const merged = deepMergeSimple(fr.translations, payloadFrenchWording) as unknown as Record<string, Record<string, string>>
const say = (key: string, vars: Record<string, number | string> = {}) => {
  const [namespace, name] = key.split(':') as [string, string]
  return Object.entries(vars).reduce((text, [variable, value]) => text.replaceAll(`{{${variable}}}`, String(value)), merged[namespace]![name]!)
}

describe('Payload’s French strings on the plugin’s screens', () => {
  it.each([
    ['localization:copyToLocale', {}, 'Copier vers une autre langue'],
    ['fields:toggleBlock', {}, 'Replier ou déplier'],
    ['general:perPage', { limit: 10 }, 'Par page : 10'],
    ['fields:addLabel', { label: 'Texte de partage' }, 'Ajouter : Texte de partage'],
  ])('should word %s naturally', (key, vars, text) => {
    expect(say(key, vars)).toBe(text)
  })

  it('should write the error pill’s count in lower case, as a French sentence does', () => {
    expect([`1 ${say('general:error')}`, `2 ${say('general:errors')}`]).toEqual(['1 erreur', '2 erreurs'])
  })
})

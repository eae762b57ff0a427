import { describe, expect, it } from 'vitest'

import { renderReferentThanks } from '../../src/emails/index.ts'

const twoItems = { itemTitles: ['Portes ouvertes à Lyon', 'Nos alternants à l’honneur'], reached: 156, recipientName: 'Élodie' }

describe('renderReferentThanks', () => {
  it('should thank for two suggestions in the plural, in French', async () => {
    const email = await renderReferentThanks({ ...twoItems, language: 'fr' })
    expect([email.subject, email.text.split('\n').slice(2, 7)]).toEqual([
      'Vos suggestions sont dans la newsletter',
      [
        'Vos suggestions sont parties',
        '',
        'Bonjour Élodie,',
        '',
        'Vos 2 suggestions sont parties dans la newsletter des ambassadeurs, envoyée à 156 ambassadeurs\u00a0:',
      ],
    ])
  })

  it('should thank for one suggestion in the singular, in English', async () => {
    const email = await renderReferentThanks({ itemTitles: ['Open day in Lyon'], language: 'en', reached: 1, recipientName: 'Priya' })
    expect([email.subject, email.text]).toEqual([
      'Your suggestion is in the newsletter',
      expect.stringContaining('Your suggestion went out in the ambassador newsletter, sent to 1 ambassador:'),
    ])
  })

  it('should lay the thank-you out like the plugin’s other emails, with the referents’ footer', async () => {
    const email = await renderReferentThanks({ ...twoItems, language: 'fr' })
    expect([
      email.html.includes('<!doctype html>'),
      email.html.includes('Nos alternants à l’honneur'),
      email.html.includes('Vous recevez cet e-mail parce que vous faites partie des référents du programme ambassadeurs.'),
    ]).toEqual([true, true, true])
  })
})

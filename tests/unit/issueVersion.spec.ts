import { describe, expect, it } from 'vitest'

import { issueVersionFor } from '../../src/newsletter/issueVersion.ts'
import { issueSubjects } from '../../src/newsletter/issueSubjects.ts'

const issue = {
  introduction: 'Bonjour à toutes et à tous !',
  title: 'Les nouvelles du mois',
  translations: [{ id: 'r1', introduction: 'Hello everyone!', language: 'en', title: 'News of the month' }],
}

describe('the version of an issue each reader gets', () => {
  it('should give an English reader the English subject and introduction', () => {
    expect(issueVersionFor(issue, 'en', 'fr')).toEqual({ introduction: 'Hello everyone!', language: 'en', title: 'News of the month' })
  })

  it('should give a French reader the programme’s own subject and introduction', () => {
    expect(issueVersionFor(issue, 'fr', 'fr')).toEqual({ introduction: 'Bonjour à toutes et à tous !', language: 'fr', title: 'Les nouvelles du mois' })
  })

  it('should give a reader whose language has no subject the whole email in the programme’s language', () => {
    expect(issueVersionFor({ ...issue, translations: [{ introduction: 'Hello!', language: 'en', title: ' ' }] }, 'en', 'fr')).toEqual({
      introduction: 'Bonjour à toutes et à tous !',
      language: 'fr',
      title: 'Les nouvelles du mois',
    })
  })

  it('should never take an introduction from another language than the subject', () => {
    expect(issueVersionFor({ ...issue, translations: [{ language: 'en', title: 'News of the month' }] }, 'en', 'fr')).toEqual({
      language: 'en',
      title: 'News of the month',
    })
  })

  it('should follow an English programme: its own fields in English, a French translation for French readers', () => {
    const english = { introduction: 'Hello!', title: 'News', translations: [{ introduction: 'Bonjour !', language: 'fr', title: 'Nouvelles' }] }
    expect([issueVersionFor(english, 'en', 'en'), issueVersionFor(english, 'fr', 'en')]).toEqual([
      { introduction: 'Hello!', language: 'en', title: 'News' },
      { introduction: 'Bonjour !', language: 'fr', title: 'Nouvelles' },
    ])
  })

  it('should read a language it does not know as the programme’s', () => {
    expect(issueVersionFor(issue, 'de', 'fr').language).toBe('fr')
  })
})

describe('the subjects a build gives a new issue', () => {
  it('should title the issue in the programme’s language and add every other language’s subject', () => {
    expect(issueSubjects({ timeZone: 'Europe/Paris' }, { start: '2027-01-07T12:30:00+01:00' }, 'fr')).toEqual({
      title: 'Newsletter des ambassadeurs · 07/01/2027',
      translations: [{ language: 'en', title: 'Ambassador newsletter · 07/01/2027' }],
    })
  })
})

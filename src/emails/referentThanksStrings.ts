import type { EmailLanguage } from './emailTypes.ts'

const nbsp = '\u00a0'

/** The words of a referent's thank-you once their suggestions went out; counts choose singular or plural. */
export type ReferentThanksStrings = {
  heading: (itemCount: number) => string
  intro: (values: { itemCount: number; reached: string }) => string
  reached: (count: number) => string
  subject: (itemCount: number) => string
  thanks: (itemCount: number) => string
}

export const referentThanksStrings: Record<EmailLanguage, ReferentThanksStrings> = {
  en: {
    heading: (itemCount) => (itemCount === 1 ? 'Your suggestion went out' : 'Your suggestions went out'),
    intro: ({ itemCount, reached }) =>
      itemCount === 1
        ? `Your suggestion went out in the ambassador newsletter, sent to ${reached}:`
        : `Your ${itemCount} suggestions went out in the ambassador newsletter, sent to ${reached}:`,
    reached: (count) => `${new Intl.NumberFormat('en-GB').format(count)} ${count === 1 ? 'ambassador' : 'ambassadors'}`,
    subject: (itemCount) => (itemCount === 1 ? 'Your suggestion is in the newsletter' : 'Your suggestions are in the newsletter'),
    thanks: (itemCount) => `Thank you for sharing ${itemCount === 1 ? 'it' : 'them'} with the programme.`,
  },
  fr: {
    heading: (itemCount) => (itemCount === 1 ? 'Votre suggestion est partie' : 'Vos suggestions sont parties'),
    intro: ({ itemCount, reached }) =>
      itemCount === 1
        ? `Votre suggestion est partie dans la newsletter des ambassadeurs, envoyée à ${reached}${nbsp}:`
        : `Vos ${itemCount} suggestions sont parties dans la newsletter des ambassadeurs, envoyée à ${reached}${nbsp}:`,
    reached: (count) => `${new Intl.NumberFormat('fr-FR').format(count)} ${count < 2 ? 'ambassadeur' : 'ambassadeurs'}`,
    subject: (itemCount) => (itemCount === 1 ? 'Votre suggestion est dans la newsletter' : 'Vos suggestions sont dans la newsletter'),
    thanks: (itemCount) => (itemCount === 1 ? 'Merci de l’avoir proposée au programme.' : 'Merci de les avoir proposées au programme.'),
  },
}

import type { ambassadorFrequencies, languages } from '../../defaults.ts'

/** The languages the ambassador's pages are written in (an ambassador's `language`). */
export type PageLanguage = (typeof languages)[number]

export type Frequency = (typeof ambassadorFrequencies)[number]

/**
 * What a page says above its form after a POST: a confirmation (`saved…`), why nothing was saved, or that
 * a preview changed nothing.
 */
export type PageNotice = 'expired' | 'invalid' | 'previewUnchanged' | 'resubscribed' | 'reused' | 'saved' | 'savedMonthly' | 'savedPaused'

/** The notices that say nothing was saved because of the request: shown as alerts. */
export const refusalNotices: readonly PageNotice[] = ['expired', 'invalid', 'reused']

export type PageStrings = {
  /** Default programme name, when the host configured none. */
  programmeName: string
  greeting: (firstName: string) => string
  greetingAnonymous: string
  preferences: {
    title: string
    intro: string
    themesLegend: string
    themesHint: string
    themesNone: string
    frequencyLegend: string
    frequency: Record<Frequency, string>
    languageLegend: string
    save: string
    resubscribe: string
    unsubscribedNotice: string
    unsubscribeLink: string
  }
  notices: Record<PageNotice, string>
  unsubscribe: {
    title: string
    intro: string
    button: string
    alternativesHeading: string
    alternativesIntro: string
    monthly: string
    pause: string
    doneTitle: string
    doneText: string
    alreadyText: string
    /** Where preferences are changed: the unsubscribe link's pages never lead to them. */
    changedMind: string
  }
  preview: {
    /** Above every page reached with a preview link (a preview or test message of the newsletter). */
    banner: string
    /** The answer to a preview page's form, and to a test message's one-click unsubscribe. */
    nothingChanged: string
  }
  error: {
    title: string
    text: string
  }
  /** The text/plain answer to a mail provider's RFC 8058 one-click POST. */
  oneClickDone: string
}

/** Each language's own name, written in that language (the language choice shows them so). */
export const languageNames: Record<PageLanguage, string> = { en: 'English', fr: 'Français' }

const nbsp = '\u00a0'

const fr: PageStrings = {
  programmeName: 'Programme ambassadeurs',
  greeting: (firstName) => `Bonjour ${firstName},`,
  greetingAnonymous: 'Bonjour,',
  preferences: {
    title: 'Vos préférences',
    intro: `Choisissez ce que la newsletter des ambassadeurs vous apporte, à quel rythme et dans quelle langue.`,
    themesLegend: 'Thématiques qui vous intéressent',
    themesHint: 'Cochez une ou plusieurs thématiques.',
    themesNone: `Aucune thématique n’est proposée pour le moment.`,
    frequencyLegend: 'Fréquence de la newsletter',
    frequency: {
      monthly: 'Une fois par mois',
      paused: `En pause${nbsp}: je ne reçois rien pour le moment`,
      'twice-monthly': 'Deux fois par mois',
    },
    languageLegend: 'Langue de la newsletter',
    save: 'Enregistrer mes préférences',
    resubscribe: 'Me réinscrire avec ces préférences',
    unsubscribedNotice: `Votre inscription à la newsletter est arrêtée${nbsp}: vous ne la recevez plus.`,
    unsubscribeLink: 'Me désinscrire de la newsletter',
  },
  notices: {
    expired: `Ce formulaire a expiré ou ne vient pas de cette page${nbsp}: rien n’a été modifié. Vérifiez vos choix et enregistrez de nouveau.`,
    invalid: `Certains choix ne sont pas valables${nbsp}: rien n’a été modifié. Vérifiez-les et enregistrez de nouveau.`,
    previewUnchanged: `Aperçu${nbsp}: rien n’a été modifié.`,
    reused: `Ce formulaire a déjà été envoyé${nbsp}: rien n’a été modifié de nouveau. Voici vos préférences actuelles${nbsp}; modifiez-les et enregistrez si besoin.`,
    resubscribed: `C’est noté${nbsp}: vous recevez de nouveau la newsletter.`,
    saved: 'Vos préférences sont enregistrées.',
    savedMonthly: `C’est noté${nbsp}: vous recevrez la newsletter une fois par mois.`,
    savedPaused: `C’est noté${nbsp}: la newsletter est en pause pour vous. Vous pouvez la réactiver ici à tout moment.`,
  },
  unsubscribe: {
    title: 'Se désinscrire de la newsletter',
    intro: `Confirmez votre désinscription${nbsp}: vous ne recevrez plus la newsletter des ambassadeurs. Vous pourrez vous réinscrire à tout moment.`,
    button: 'Me désinscrire',
    alternativesHeading: `Plutôt moins souvent${nbsp}?`,
    alternativesIntro: 'Vous pouvez aussi garder la newsletter en la recevant moins souvent, ou la mettre en pause.',
    monthly: 'La recevoir une fois par mois',
    pause: 'La mettre en pause',
    doneTitle: 'Désinscription confirmée',
    doneText: 'Vous ne recevrez plus la newsletter des ambassadeurs.',
    alreadyText: `Votre désinscription est déjà enregistrée${nbsp}: vous ne recevez plus la newsletter.`,
    changedMind: `Vous avez changé d’avis${nbsp}? Pour vous réinscrire ou modifier vos préférences, utilisez le lien «${nbsp}Gérer mes préférences${nbsp}» en bas de n’importe quel e-mail de la newsletter.`,
  },
  preview: {
    banner: `Aperçu de la page que voit cet ambassadeur${nbsp}: rien de ce que vous faites ici n’est enregistré.`,
    nothingChanged: `Aperçu${nbsp}: rien n’a été modifié.`,
  },
  error: {
    title: 'Ce lien ne fonctionne pas',
    text: `Le lien est incomplet ou n’est plus valable. Utilisez le lien d’un e-mail récent de la newsletter, ou écrivez à l’équipe du programme.`,
  },
  oneClickDone: 'Désinscription enregistrée.',
}

const en: PageStrings = {
  programmeName: 'Ambassador programme',
  greeting: (firstName) => `Hello ${firstName},`,
  greetingAnonymous: 'Hello,',
  preferences: {
    title: 'Your preferences',
    intro: 'Choose what the ambassador newsletter brings you, how often and in which language.',
    themesLegend: 'Themes you are interested in',
    themesHint: 'Tick one or more themes.',
    themesNone: 'No theme is offered at the moment.',
    frequencyLegend: 'Newsletter frequency',
    frequency: {
      monthly: 'Once a month',
      paused: 'Paused: I receive nothing for now',
      'twice-monthly': 'Twice a month',
    },
    languageLegend: 'Newsletter language',
    save: 'Save my preferences',
    resubscribe: 'Subscribe again with these preferences',
    unsubscribedNotice: 'You are unsubscribed from the newsletter: you no longer receive it.',
    unsubscribeLink: 'Unsubscribe from the newsletter',
  },
  notices: {
    expired: 'This form has expired or did not come from this page: nothing was changed. Check your choices and save again.',
    invalid: 'Some choices are not valid: nothing was changed. Check them and save again.',
    previewUnchanged: 'Preview: nothing was changed.',
    reused: 'This form was already sent: nothing more was changed. Here are your current preferences; change them and save if needed.',
    resubscribed: 'Done: you receive the newsletter again.',
    saved: 'Your preferences are saved.',
    savedMonthly: 'Done: you will receive the newsletter once a month.',
    savedPaused: 'Done: the newsletter is paused for you. You can turn it back on here at any time.',
  },
  unsubscribe: {
    title: 'Unsubscribe from the newsletter',
    intro: 'Confirm that you want to unsubscribe: you will no longer receive the ambassador newsletter. You can subscribe again at any time.',
    button: 'Unsubscribe',
    alternativesHeading: 'Rather less often?',
    alternativesIntro: 'You can also keep the newsletter and receive it less often, or pause it.',
    monthly: 'Receive it once a month',
    pause: 'Pause it',
    doneTitle: 'You are unsubscribed',
    doneText: 'You will no longer receive the ambassador newsletter.',
    alreadyText: 'You were already unsubscribed: you no longer receive the newsletter.',
    changedMind: 'Changed your mind? To subscribe again or change your preferences, use the “Manage my preferences” link at the bottom of any newsletter email.',
  },
  preview: {
    banner: 'Preview of the page this ambassador sees: nothing you do here is saved.',
    nothingChanged: 'Preview: nothing was changed.',
  },
  error: {
    title: 'This link does not work',
    text: 'The link is incomplete or no longer valid. Use the link in a recent newsletter email, or write to the programme team.',
  },
  oneClickDone: 'You are unsubscribed.',
}

export const pageStrings: Record<PageLanguage, PageStrings> = { en, fr }

/** `value` when it is a page language, else French (the programme's first language). */
export const toPageLanguage = (value: unknown): PageLanguage => (value === 'en' ? 'en' : 'fr')

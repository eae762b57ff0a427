import type { EmailLanguage } from '../../emails/emailTypes.ts'

/** Every word the newsletter adds to its content. Values are plain text: the builders escape them for HTML. */
export type NewsletterStrings = {
  comingUp: string
  /** Why the reader gets the newsletter, with the programme's name. */
  footerReason: (programmeName: string) => string
  /** "Bonjour Claire," or, with no name, "Bonjour,". */
  greeting: (firstName: string) => string
  /** Between a label and its value in the text part: " : " in French (non-breaking space), ": " in English. */
  labelSeparator: string
  managePreferences: string
  read: string
  register: string
  /** Before the share buttons. */
  share: string
  /** The text part's label of a share link. */
  shareOn: (network: string) => string
  suggestedBy: (referent: string, network: string | undefined) => string
  unsubscribe: string
  untitled: string
}

const nbsp = '\u00a0'

const fr: NewsletterStrings = {
  comingUp: 'À venir',
  footerReason: (programmeName) =>
    `Vous recevez cette lettre parce que vous êtes ambassadrice ou ambassadeur du programme «${nbsp}${programmeName}${nbsp}».`,
  greeting: (firstName) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,'),
  labelSeparator: `${nbsp}: `,
  managePreferences: 'Gérer mes préférences',
  read: 'Lire',
  register: 'S’inscrire',
  share: `Partager${nbsp}:`,
  shareOn: (network) => `Partager sur ${network}`,
  suggestedBy: (referent, network) => `Suggéré par ${referent}${network ? `, ${network}` : ''}`,
  unsubscribe: 'Se désinscrire',
  untitled: '(sans titre)',
}

const en: NewsletterStrings = {
  comingUp: 'Coming up',
  footerReason: (programmeName) => `You receive this newsletter because you are an ambassador of “${programmeName}”.`,
  greeting: (firstName) => (firstName ? `Hello ${firstName},` : 'Hello,'),
  labelSeparator: ': ',
  managePreferences: 'Manage my preferences',
  read: 'Read',
  register: 'Register',
  share: 'Share:',
  shareOn: (network) => `Share on ${network}`,
  suggestedBy: (referent, network) => `Suggested by ${referent}${network ? `, ${network}` : ''}`,
  unsubscribe: 'Unsubscribe',
  untitled: '(untitled)',
}

export const newsletterStrings: Record<EmailLanguage, NewsletterStrings> = { en, fr }

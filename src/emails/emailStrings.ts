import type { EmailAudience, EmailLanguage, SuggestionNoticeKind } from './emailTypes.ts'

import { frenchDe } from '../utilities/frenchDe.ts'
import { decisionWords } from '../workflow/stages.ts'

type NoticeValues = {
  actor: string
  isAssignedToRecipient: boolean
  networkName: null | string
}

/** Every word the workflow emails use. Values are plain text: the builders escape them for HTML. */
export type EmailStrings = {
  commentBy: (actor: string) => string
  digest: {
    empty: string
    heading: string
    intro: (count: number) => string
    openInbox: string
    overdue: string
    subject: (values: { count: number; overdueCount: number }) => string
    suggestedBy: (actor: string) => string
  }
  dueDateLabel: string
  dueOn: (date: string) => string
  footer: Record<EmailAudience, string>
  greeting: (name: string) => string
  /** Between a label and its value: " : " in French (non-breaking space before the colon), ": " in English. */
  labelSeparator: string
  /** BCP 47 locale for Intl; en-GB writes "Thursday, 26 November 2026". */
  locale: string
  networkLabel: string
  notice: {
    heading: Record<SuggestionNoticeKind, string>
    intro: Record<SuggestionNoticeKind, (values: NoticeValues) => string>
    nextStep: Record<SuggestionNoticeKind, string>
    openInAdmin: string
    subject: Record<SuggestionNoticeKind, (values: { actor: string; title: string }) => string>
  }
  overdueReminder: {
    daysOverdue: (days: number) => string
    heading: string
    intro: (count: number) => string
    openInbox: string
    subject: (count: number) => string
  }
  programmeName: string
  themesLabel: string
  untitled: string
}

const nbsp = '\u00a0'

const isOne = (locale: string, count: number) => new Intl.PluralRules(locale).select(count) === 'one'

const frWhere = (isAssignedToRecipient: boolean, networkName: null | string): string => {
  if (isAssignedToRecipient) {
    return 'qui vous est attribuée'
  }
  return networkName ? `dans votre réseau «${nbsp}${networkName}${nbsp}»` : 'dans l’un de vos réseaux'
}

const enWhere = (isAssignedToRecipient: boolean, networkName: null | string): string => {
  if (isAssignedToRecipient) {
    return 'assigned to you'
  }
  return networkName ? `in your network “${networkName}”` : 'in one of your networks'
}

const fr: EmailStrings = {
  commentBy: (actor) => `Commentaire ${frenchDe(actor)}${nbsp}:`,
  digest: {
    empty: 'Aucune nouvelle suggestion aujourd’hui.',
    heading: 'Les suggestions du jour',
    intro: (count) =>
      isOne('fr', count)
        ? 'Une nouvelle suggestion est arrivée dans vos réseaux de référents.'
        : `${count} nouvelles suggestions sont arrivées dans vos réseaux de référents.`,
    openInbox: 'Ouvrir les suggestions',
    overdue: 'En retard',
    subject: ({ count, overdueCount }) =>
      `${count} ${isOne('fr', count) ? 'nouvelle suggestion' : 'nouvelles suggestions'} dans vos réseaux` +
      (overdueCount > 0 ? `, dont ${overdueCount} en retard` : ''),
    suggestedBy: (actor) => `proposée par ${actor}`,
  },
  dueDateLabel: 'Échéance',
  dueOn: (date) => `échéance le ${date}`,
  footer: {
    editor: 'Vous recevez cet e-mail parce que vous faites partie des éditeurs du programme ambassadeurs.',
    referent: 'Vous recevez cet e-mail parce que vous faites partie des référents du programme ambassadeurs.',
  },
  greeting: (name) => (name.trim() ? `Bonjour ${name.trim()},` : 'Bonjour,'),
  labelSeparator: `${nbsp}: `,
  locale: 'fr-FR',
  networkLabel: 'Réseau',
  notice: {
    heading: {
      approved: `Votre suggestion est ${decisionWords.approved.fr}`,
      'changes-requested': 'Modifications demandées',
      rejected: `Votre suggestion est ${decisionWords.rejected.fr}`,
      resubmitted: 'Suggestion révisée à examiner',
      submitted: 'Nouvelle suggestion à examiner',
    },
    intro: {
      approved: ({ actor }) =>
        `Bonne nouvelle${nbsp}: ${actor} a validé votre suggestion. Elle rejoint les contenus proposés aux ambassadeurs.`,
      'changes-requested': ({ actor }) =>
        `${actor} a relu votre suggestion et demande quelques modifications avant de pouvoir la retenir.`,
      rejected: ({ actor }) => `${actor} a relu votre suggestion et l’a refusée cette fois-ci.`,
      resubmitted: ({ actor, isAssignedToRecipient, networkName }) =>
        `${actor} a révisé et soumis à nouveau une suggestion ${frWhere(isAssignedToRecipient, networkName)}.`,
      submitted: ({ actor, isAssignedToRecipient, networkName }) =>
        `${actor} a soumis une suggestion ${frWhere(isAssignedToRecipient, networkName)}.`,
    },
    nextStep: {
      approved: `Merci pour votre contribution${nbsp}: ce sont les référents comme vous qui font vivre le programme au plus près du terrain.`,
      'changes-requested': 'Modifiez-la dans l’admin, enregistrez votre révision, puis renvoyez-la.',
      rejected: `Merci de l’avoir proposée. Vos idées comptent${nbsp}: n’hésitez pas à en soumettre d’autres.`,
      resubmitted: 'Vous pouvez la valider, demander d’autres modifications ou la refuser depuis l’admin.',
      submitted: 'Vous pouvez la valider, demander des modifications ou la refuser depuis l’admin.',
    },
    openInAdmin: 'Ouvrir dans l’admin',
    subject: {
      approved: ({ title }) => `Votre suggestion «${nbsp}${title}${nbsp}»${nbsp}: ${decisionWords.approved.fr}`,
      'changes-requested': ({ title }) =>
        `Votre suggestion «${nbsp}${title}${nbsp}»${nbsp}: ${decisionWords['changes-requested'].fr}`,
      rejected: ({ title }) => `Votre suggestion «${nbsp}${title}${nbsp}»${nbsp}: ${decisionWords.rejected.fr}`,
      resubmitted: ({ actor, title }) => `Suggestion révisée par ${actor}${nbsp}: ${title}`,
      submitted: ({ actor, title }) => `Nouvelle suggestion ${frenchDe(actor)}${nbsp}: ${title}`,
    },
  },
  overdueReminder: {
    daysOverdue: (days) => `en retard de ${days} ${isOne('fr', days) ? 'jour' : 'jours'}`,
    heading: 'Suggestions en retard',
    intro: (count) =>
      isOne('fr', count)
        ? 'Une suggestion qui vous est attribuée a dépassé son échéance. Le référent qui l’a proposée attend votre réponse.'
        : `${count} suggestions qui vous sont attribuées ont dépassé leur échéance. Les référents qui les ont proposées attendent votre réponse.`,
    openInbox: 'Traiter les suggestions',
    subject: (count) =>
      isOne('fr', count) ? '1 suggestion en retard à traiter' : `${count} suggestions en retard à traiter`,
  },
  programmeName: 'Programme Ambassadeurs',
  themesLabel: 'Thématiques',
  untitled: '(sans titre)',
}

const en: EmailStrings = {
  commentBy: (actor) => `Comment from ${actor}:`,
  digest: {
    empty: 'No new suggestions today.',
    heading: 'Today’s suggestions',
    intro: (count) =>
      isOne('en', count)
        ? 'One new suggestion arrived in your referent networks.'
        : `${count} new suggestions arrived in your referent networks.`,
    openInbox: 'Open the suggestions',
    overdue: 'Overdue',
    subject: ({ count, overdueCount }) =>
      `${count} new ${isOne('en', count) ? 'suggestion' : 'suggestions'} in your networks` +
      (overdueCount > 0 ? ` (${overdueCount} overdue)` : ''),
    suggestedBy: (actor) => `suggested by ${actor}`,
  },
  dueDateLabel: 'Due date',
  dueOn: (date) => `due ${date}`,
  footer: {
    editor: 'You receive this email because you are an editor of the ambassador programme.',
    referent: 'You receive this email because you are a referent of the ambassador programme.',
  },
  greeting: (name) => (name.trim() ? `Hello ${name.trim()},` : 'Hello,'),
  labelSeparator: ': ',
  locale: 'en-GB',
  networkLabel: 'Network',
  notice: {
    heading: {
      approved: `Your suggestion was ${decisionWords.approved.en}`,
      'changes-requested': 'Changes requested',
      rejected: `Your suggestion was ${decisionWords.rejected.en}`,
      resubmitted: 'Revised suggestion to review',
      submitted: 'New suggestion to review',
    },
    intro: {
      approved: ({ actor }) =>
        `Good news: ${actor} approved your suggestion. It joins the content offered to ambassadors.`,
      'changes-requested': ({ actor }) =>
        `${actor} reviewed your suggestion and asked for a few changes before it can be approved.`,
      rejected: ({ actor }) => `${actor} reviewed your suggestion and rejected it this time.`,
      resubmitted: ({ actor, isAssignedToRecipient, networkName }) =>
        `${actor} revised and resubmitted a suggestion ${enWhere(isAssignedToRecipient, networkName)}.`,
      submitted: ({ actor, isAssignedToRecipient, networkName }) =>
        `${actor} submitted a suggestion ${enWhere(isAssignedToRecipient, networkName)}.`,
    },
    nextStep: {
      approved:
        'Thank you for your contribution: referents like you keep the programme close to what happens on the ground.',
      'changes-requested': 'Edit it in the admin, save your revision, then send it again.',
      rejected: 'Thank you for suggesting it. Your ideas matter, so please keep them coming.',
      resubmitted: 'You can approve it, ask for further changes or reject it from the admin.',
      submitted: 'You can approve it, ask for changes or reject it from the admin.',
    },
    openInAdmin: 'Open in the admin',
    subject: {
      approved: ({ title }) => `Your suggestion “${title}”: ${decisionWords.approved.en}`,
      'changes-requested': ({ title }) => `Your suggestion “${title}”: ${decisionWords['changes-requested'].en}`,
      rejected: ({ title }) => `Your suggestion “${title}”: ${decisionWords.rejected.en}`,
      resubmitted: ({ actor, title }) => `Suggestion revised by ${actor}: ${title}`,
      submitted: ({ actor, title }) => `New suggestion from ${actor}: ${title}`,
    },
  },
  overdueReminder: {
    daysOverdue: (days) => `${days} ${isOne('en', days) ? 'day' : 'days'} overdue`,
    heading: 'Overdue suggestions',
    intro: (count) =>
      isOne('en', count)
        ? 'A suggestion assigned to you is past its due date. The referent who suggested it is waiting for your answer.'
        : `${count} suggestions assigned to you are past their due date. The referents who suggested them are waiting for your answer.`,
    openInbox: 'Review the suggestions',
    subject: (count) => (isOne('en', count) ? '1 overdue suggestion to review' : `${count} overdue suggestions to review`),
  },
  programmeName: 'Ambassador Programme',
  themesLabel: 'Themes',
  untitled: '(untitled)',
}

export const emailStrings: Record<EmailLanguage, EmailStrings> = { en, fr }

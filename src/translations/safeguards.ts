/**
 * The strings of the safeguards on issues and test sends: deletes refused while sending, content frozen
 * with the audience, test sends to a verified address and their limit, the address confirmation page.
 * Merged into `en` and `fr`.
 */
export const safeguardsEn = {
  issueDeleteWhileSending: 'This issue cannot be deleted while it is “{{status}}”: cancel the send first.',
  issueFrozenField: 'The field “{{field}}” cannot change any more: the audience of this issue was frozen when its sending started.',
  issueTestSendLimited: 'No more than {{max}} test sends in {{minutes}} minutes: try again in {{wait}} min.',
  issueTestSendNoVerifiedEmail:
    'Your account has no verified address yet: test sends wait until an administrator saves your address, or until you change it and confirm it from its mailbox.',
  issueTestSentPending: 'Test sent to {{to}}. Confirm {{pending}} with the link sent to it to receive test sends there.',
}

export const safeguardsFr: Record<keyof typeof safeguardsEn, string> = {
  issueDeleteWhileSending: 'Cette édition ne peut pas être supprimée tant qu’elle est « {{status}} » : annulez d’abord l’envoi.',
  issueFrozenField: 'Le champ « {{field}} » ne peut plus changer : l’audience de cette édition a été figée au début de son envoi.',
  issueTestSendLimited: 'Pas plus de {{max}} essais en {{minutes}} minutes : réessayez dans {{wait}} min.',
  issueTestSendNoVerifiedEmail:
    'Votre compte n’a pas encore d’adresse vérifiée : les essais attendent qu’un administrateur enregistre votre adresse, ou que vous la changiez et la confirmiez depuis sa boîte.',
  issueTestSentPending: 'Essai envoyé à {{to}}. Confirmez {{pending}} avec le lien qui vous y a été envoyé pour y recevoir les essais.',
}

/**
 * The strings of the safeguards on issues and test sends: deletes refused while sending, content frozen
 * with the audience, test sends to a verified address and their limit, the address confirmation page.
 * Merged into `en` and `fr`.
 */
export const safeguardsEn = {
  issueDeleteWhileSending: 'This issue cannot be deleted while it is “{{status}}”: cancel the send first.',
  issueFrozenField: 'The field “{{field}}” cannot change any more: the audience of this issue was frozen when its sending started.',
}

export const safeguardsFr: Record<keyof typeof safeguardsEn, string> = {
  issueDeleteWhileSending: 'Cette édition ne peut pas être supprimée tant qu’elle est « {{status}} » : annulez d’abord l’envoi.',
  issueFrozenField: 'Le champ « {{field}} » ne peut plus changer : l’audience de cette édition a été figée au début de son envoi.',
}

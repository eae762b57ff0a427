/**
 * The strings of an issue's editable state (the status note, the send confirmation's count) and of the
 * build going on past an occurrence already sent. Merged into `en` and `fr`.
 */
export const issueStateEn = {
  issueStatusOwnedBySend: 'Status kept by the send: the content stays as the ambassadors receive it.',
  issueStatusOwnedBySkip: 'Status set by the build: this occurrence was skipped.',
  issueStatusOwnedByCancel: 'Cancelled: this issue will not be sent.',
  issueDoneSent: 'sent',
  issueDoneSending: 'being sent',
  issueDonePaused: 'paused while sending',
  issueDoneCancelled: 'cancelled',
  issueBuiltAfterDone: 'The issue of {{done}} is already {{status}}: here is the one of {{next}}, to review and approve.',
  issueExistingAfterDone: 'The issue of {{done}} is already {{status}}: here is the one of {{next}}.',
  sendViewSendConfirmCount: 'Send to {{count}} ambassadors?',
  sendViewSendConfirmCountOne: 'Send to 1 ambassador?',
  sendViewSendConfirmNobody: 'Nobody would receive this issue now',
  sendViewCounting: 'Counting the ambassadors…',
  sendViewPaceUnknown: 'not measured yet',
}

export const issueStateFr: Record<keyof typeof issueStateEn, string> = {
  issueStatusOwnedBySend: 'Statut tenu par l’envoi : le contenu reste tel que les ambassadeurs le reçoivent.',
  issueStatusOwnedBySkip: 'Statut posé par la construction : cette occurrence a été sautée.',
  issueStatusOwnedByCancel: 'Annulée : cette édition ne sera pas envoyée.',
  issueDoneSent: 'envoyée',
  issueDoneSending: 'en cours d’envoi',
  issueDonePaused: 'en pause pendant son envoi',
  issueDoneCancelled: 'annulée',
  issueBuiltAfterDone: 'L’édition du {{done}} est déjà {{status}} : voici celle du {{next}}, à relire et à approuver.',
  issueExistingAfterDone: 'L’édition du {{done}} est déjà {{status}} : voici celle du {{next}}.',
  sendViewSendConfirmCount: 'Envoyer à {{count}} ambassadeurs ?',
  sendViewSendConfirmCountOne: 'Envoyer à 1 ambassadeur ?',
  sendViewSendConfirmNobody: 'Personne ne recevrait cette édition maintenant',
  sendViewCounting: 'Décompte des ambassadeurs…',
  sendViewPaceUnknown: 'pas encore mesuré',
}

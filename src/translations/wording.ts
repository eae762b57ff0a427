/** Strings of issue 17's wording pass (the import report, the calendar's feed link, list cells), merged into `en` and `fr`. */
export const wordingEn = {
  importStatusDefaulted: 'No status: this new ambassador is created “Pending” and receives nothing until their status is set to “Active”.',
  importStatusColumnMissing:
    'The file has no status column: the {{count}} new ambassador(s) are created “Pending” and receive nothing until their status is set to “Active”.',
  feedRotateConfirmTitle: 'Issue a new secret link?',
  feedRotateConfirmBody:
    'The current link stops working at once for everyone subscribed to it: they will need to subscribe again with the new one.',
  feedRotateConfirmKeep: 'Keep the current link',
  feedRotateConfirmGo: 'Issue a new link',
  feedRotateWorking: 'Issuing…',
  listCellMore: 'and {{count}} more',
  rowRelaunchProposed: 'relaunch proposed for {{day}}',
  rowRelaunchAccepted: 'relaunch on {{day}}',
  rowRelaunchMoved: 'relaunch moved to {{day}}',
  rowRelaunchDropped: 'no relaunch',
}

export const wordingFr: Record<keyof typeof wordingEn, string> = {
  importStatusDefaulted: 'Sans statut : ce nouvel ambassadeur est créé « En attente » et ne reçoit rien tant que son statut n’est pas « Actif ».',
  importStatusColumnMissing:
    'Le fichier n’a pas de colonne Statut : les {{count}} nouveaux ambassadeurs sont créés « En attente » et ne reçoivent rien tant que leur statut n’est pas « Actif ».',
  feedRotateConfirmTitle: 'Émettre un nouveau lien secret ?',
  feedRotateConfirmBody:
    'Le lien actuel cesse aussitôt de fonctionner pour tous ceux qui s’y sont abonnés : ils devront s’abonner de nouveau avec le nouveau lien.',
  feedRotateConfirmKeep: 'Garder le lien actuel',
  feedRotateConfirmGo: 'Émettre un nouveau lien',
  feedRotateWorking: 'Émission…',
  listCellMore: 'et {{count}} de plus',
  rowRelaunchProposed: 'relance proposée le {{day}}',
  rowRelaunchAccepted: 'relance le {{day}}',
  rowRelaunchMoved: 'relance déplacée au {{day}}',
  rowRelaunchDropped: 'sans relance',
}

/** Strings of issue 17's wording pass (the import report, the calendar's feed link, list cells), merged into `en` and `fr`. */
export const wordingEn = {
  importStatusDefaulted: 'No status: this new ambassador is created “Pending” and receives nothing until their status is set to “Active”.',
  importStatusColumnMissing:
    'The file has no status column: the {{count}} new ambassador(s) are created “Pending” and receive nothing until their status is set to “Active”.',
  rowRelaunchProposed: 'relaunch proposed for {{day}}',
  rowRelaunchAccepted: 'relaunch on {{day}}',
  rowRelaunchMoved: 'relaunch moved to {{day}}',
  rowRelaunchDropped: 'no relaunch',
}

export const wordingFr: Record<keyof typeof wordingEn, string> = {
  importStatusDefaulted: 'Sans statut : ce nouvel ambassadeur est créé « En attente » et ne reçoit rien tant que son statut n’est pas « Actif ».',
  importStatusColumnMissing:
    'Le fichier n’a pas de colonne Statut : les {{count}} nouveaux ambassadeurs sont créés « En attente » et ne reçoivent rien tant que leur statut n’est pas « Actif ».',
  rowRelaunchProposed: 'relance proposée le {{day}}',
  rowRelaunchAccepted: 'relance le {{day}}',
  rowRelaunchMoved: 'relance déplacée au {{day}}',
  rowRelaunchDropped: 'sans relance',
}

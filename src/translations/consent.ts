/** Refusals of a person's write to what only the ambassador chooses (src/hooks/guardAmbassadorChoices.ts). */
export const consentEn = {
  consentStatusCreate:
    'A new ambassador starts as “pending”: only the ambassador can join, from their own page (or the CSV import).',
  consentStatusChange:
    'You cannot change this status from “{{from}}” to “{{to}}”: joining, leaving and rejoining are the ambassador’s own choice, made on their page. You may only mark a pending or active address as bounced.',
  consentRecordChange:
    'The consent record is written only when the ambassador gives their consent (their page, or the CSV import); it cannot be entered or changed by hand.',
  consentFrequencyChange:
    'The newsletter frequency is the ambassador’s own choice, changed on their preference page.',
}

export const consentFr: Record<keyof typeof consentEn, string> = {
  consentStatusCreate:
    'Un nouvel ambassadeur commence « en attente » : seul l’ambassadeur peut s’inscrire, depuis sa propre page (ou l’import CSV).',
  consentStatusChange:
    'Vous ne pouvez pas faire passer ce statut de « {{from}} » à « {{to}} » : s’inscrire, se désinscrire et se réinscrire sont des choix de l’ambassadeur, faits sur sa page. Vous pouvez seulement marquer une adresse en attente ou active comme en échec.',
  consentRecordChange:
    'Le consentement est enregistré seulement quand l’ambassadeur le donne (sur sa page, ou par l’import CSV) : il ne peut pas être saisi ni modifié à la main.',
  consentFrequencyChange:
    'La fréquence de la newsletter est un choix de l’ambassadeur, qu’il modifie sur sa page de préférences.',
}

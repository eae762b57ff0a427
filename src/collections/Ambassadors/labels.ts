/** Labels of the ambassadors' select values, in English and French (the admin, the import). */

/** The same words as the ambassadors' preferences page, so that an editor and an ambassador name a rhythm alike. */
export const frequencyLabels = {
  monthly: { en: 'Once a month', fr: 'Une fois par mois' },
  paused: { en: 'Paused', fr: 'En pause' },
  'twice-monthly': { en: 'Twice a month', fr: 'Deux fois par mois' },
}

/** Labels the admin showed before: spreadsheets exported then still import. */
export const formerFrequencyLabels: Partial<Record<keyof typeof frequencyLabels, string[]>> = {
  monthly: ['Monthly', 'Mensuelle'],
  'twice-monthly': ['Bimensuelle'],
}

export const ambassadorStatusLabels = {
  active: { en: 'Active', fr: 'Actif' },
  bounced: { en: 'Bounced', fr: 'Adresse en échec' },
  pending: { en: 'Pending', fr: 'En attente' },
  unsubscribed: { en: 'Unsubscribed', fr: 'Désinscrit' },
}

export const consentSourceLabels = {
  admin: { en: 'Added by an editor', fr: 'Ajouté par un éditeur' },
  api: { en: 'API', fr: 'API' },
  form: { en: 'Sign-up form', fr: 'Formulaire d’inscription' },
  import: { en: 'Import', fr: 'Import' },
}

/** The refusals of hostile input (queries the database cannot serve, oversized import files) and the capped import warnings, merged into `en` and `fr`. */
export const hostileInputEn = {
  inputQueryUnsupported: 'The field “{{field}}” cannot be queried with “{{operator}}”.',
  importTooManyColumns: 'The header row has more than {{max}} columns: remove the columns you do not need.',
  importRowTooLong: 'This row is longer than {{max}} characters: an import reads shorter rows only.',
  importWarningsTruncated: 'Only the first {{shown}} of {{count}} warnings are listed.',
}

export const hostileInputFr: Record<keyof typeof hostileInputEn, string> = {
  inputQueryUnsupported: 'Le champ « {{field}} » ne peut pas être interrogé avec « {{operator}} ».',
  importTooManyColumns: 'La ligne d’en-tête compte plus de {{max}} colonnes : retirez les colonnes inutiles.',
  importRowTooLong: 'Cette ligne dépasse {{max}} caractères : un import ne lit que des lignes plus courtes.',
  importWarningsTruncated: 'Seuls les {{shown}} premiers avertissements sur {{count}} sont listés.',
}

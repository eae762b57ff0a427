/** The refusals of hostile input (queries the database cannot serve, oversized import headers), merged into `en` and `fr`. */
export const hostileInputEn = {
  inputQueryUnsupported: 'The field “{{field}}” cannot be queried with “{{operator}}”.',
  importTooManyColumns: 'The header row has {{count}} columns; an import reads at most {{max}}: remove the columns you do not need.',
}

export const hostileInputFr: Record<keyof typeof hostileInputEn, string> = {
  inputQueryUnsupported: 'Le champ « {{field}} » ne peut pas être interrogé avec « {{operator}} ».',
  importTooManyColumns:
    'La ligne d’en-tête compte {{count}} colonnes ; un import en lit au plus {{max}} : retirez les colonnes inutiles.',
}

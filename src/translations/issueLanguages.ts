/** The strings of an issue's versions per language (subject and introduction), merged into `en` and `fr`. */
export const issueLanguagesEn = {
  issueTranslationIsDefault: 'This language is the programme’s: its subject and introduction are the issue’s own fields above.',
  issueTranslationTwice: 'This language already has its version in this issue.',
  issueViewSearchAmbassador: 'Find an ambassador',
  issueViewSearchHint: 'Type a name or an email address.',
  issueViewSearchResults: 'Ambassadors found',
  issueViewSearchNone: 'No active ambassador matches “{{query}}”.',
  issueViewSearchMore: 'Only the first {{count}} are listed: type more of the name.',
  issueViewPreviewingAs: 'Preview as {{name}}',
  issueViewChooseAmbassador: 'Find an ambassador above to preview the issue as they will get it.',
}

export const issueLanguagesFr: Record<keyof typeof issueLanguagesEn, string> = {
  issueTranslationIsDefault: 'Cette langue est celle du programme : son objet et son édito sont les champs de l’édition ci-dessus.',
  issueTranslationTwice: 'Cette langue a déjà sa version dans cette édition.',
  issueViewSearchAmbassador: 'Rechercher un ambassadeur',
  issueViewSearchHint: 'Saisissez un nom ou une adresse e-mail.',
  issueViewSearchResults: 'Ambassadeurs trouvés',
  issueViewSearchNone: 'Aucun ambassadeur actif ne correspond à « {{query}} ».',
  issueViewSearchMore: 'Seuls les {{count}} premiers sont affichés : précisez le nom.',
  issueViewPreviewingAs: 'Aperçu pour {{name}}',
  issueViewChooseAmbassador: 'Recherchez un ambassadeur ci-dessus pour voir l’édition telle qu’il la recevra.',
}

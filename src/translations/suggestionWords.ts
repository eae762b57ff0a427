/** A referent's words in a content item's edit view (the publish button, the workflow panel), merged into `en` and `fr`. */
export const suggestionWordsEn = {
  publishSendSuggestion: 'Send the suggestion',
  publishUpdateSuggestion: 'Update the suggestion',
  publishSaveRevision: 'Save the revision',
  actionsCreateHintReferent: 'Send the suggestion: it then goes to its reviewers.',
}

export const suggestionWordsFr: Record<keyof typeof suggestionWordsEn, string> = {
  publishSendSuggestion: 'Envoyer la suggestion',
  publishUpdateSuggestion: 'Mettre à jour la suggestion',
  publishSaveRevision: 'Enregistrer la révision',
  actionsCreateHintReferent: 'Envoyez la suggestion : elle est alors transmise à ses relecteurs.',
}

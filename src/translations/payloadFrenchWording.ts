/**
 * Payload's French strings that show on the plugin's screens, worded without "un(e) nouveau ou
 * nouvelle" or "créé(e)": they read naturally whatever the collection's gender. Merged under the
 * host's own translations, which win.
 */
export const payloadFrenchWording = {
  fields: {
    addLabel: 'Ajouter : {{label}}',
    addNew: 'Ajouter',
    addNewLabel: 'Ajouter : {{label}}',
    chooseFromExisting: 'Choisir parmi les éléments existants',
    chooseLabel: 'Choisir : {{label}}',
    toggleBlock: 'Replier ou déplier',
    uploadNewLabel: 'Téléverser : {{label}}',
  },
  general: {
    created: 'Création',
    createdAt: 'Date de création',
    createNew: 'Créer',
    createNewLabel: 'Créer : {{label}}',
    creatingNewLabel: 'Création : {{label}}',
    deletedSuccessfully: 'Suppression effectuée.',
    descending: 'Décroissant',
    // After a count in the error pill: "1 erreur", "2 erreurs".
    error: 'erreur',
    errors: 'erreurs',
    noResults:
      'Aucun résultat pour « {{label}} » : rien n’existe encore, ou rien ne correspond aux filtres ci-dessus.',
    none: 'Aucun',
    perPage: 'Par page : {{limit}}',
    successfullyCreated: '{{label}} : création effectuée.',
    successfullyDuplicated: '{{label}} : duplication effectuée.',
    titleDeleted: '{{label}} « {{title}} » : suppression effectuée.',
  },
  localization: {
    copyToLocale: 'Copier vers une autre langue',
  },
  version: {
    noRowsFound: 'Aucun résultat pour « {{label}} »',
    restoredSuccessfully: 'Restauration effectuée.',
  },
}

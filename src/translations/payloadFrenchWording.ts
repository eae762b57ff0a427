/**
 * Payload's French strings that show on the plugin's screens, worded without "un(e) nouveau ou
 * nouvelle" or "créé(e)": they read naturally whatever the collection's gender. Merged under the
 * host's own translations, which win.
 */
export const payloadFrenchWording = {
  fields: {
    addNew: 'Ajouter',
    addNewLabel: 'Ajouter : {{label}}',
    chooseFromExisting: 'Choisir parmi les éléments existants',
    chooseLabel: 'Choisir : {{label}}',
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
    noResults:
      'Aucun résultat pour « {{label}} » : rien n’existe encore, ou rien ne correspond aux filtres ci-dessus.',
    none: 'Aucun',
    successfullyCreated: '{{label}} : création effectuée.',
    successfullyDuplicated: '{{label}} : duplication effectuée.',
    titleDeleted: '{{label}} « {{title}} » : suppression effectuée.',
  },
  version: {
    noRowsFound: 'Aucun résultat pour « {{label}} »',
    restoredSuccessfully: 'Restauration effectuée.',
  },
}

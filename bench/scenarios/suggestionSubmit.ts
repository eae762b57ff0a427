import { createSignedInUser } from '../../tests/helpers/fixtures.ts'
import { createItemScenario } from './createItemScenario.ts'

/**
 * REST submission of a suggestion by a referent: scoping to their network, routing to the least busy
 * of two editors, the working-day due date, the activity entry and the queued notification.
 */
export const suggestionSubmitScenario = createItemScenario({
  extraFields: {},
  figurePrefix: 'suggestion_submit',
  label: 'suggestion submit (referent)',
  signIn: async (payload) => {
    const editors = await Promise.all(
      ['editeur.a', 'editeur.b'].map((name) =>
        createSignedInUser(payload, `${name}.bench@ambassadeurs.example`, ['editor']),
      ),
    )
    const referent = await createSignedInUser(payload, 'referent.bench@ambassadeurs.example', ['referent'])
    await payload.create({
      collection: 'referent-networks',
      data: {
        editors: editors.map((editor) => editor.id),
        kind: 'region',
        members: [referent.id],
        name: 'Auvergne-Rhône-Alpes (bench)',
      } as never,
    })
    return referent.token
  },
})

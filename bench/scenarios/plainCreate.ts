import { createSignedInUser } from '../../tests/helpers/fixtures.ts'
import { createItemScenario } from './createItemScenario.ts'

/** REST create of a content item by an editor: the baseline other write paths are compared with. */
export const plainCreateScenario = createItemScenario({
  extraFields: { _status: 'published', stage: 'approved' },
  figurePrefix: 'plain_create',
  label: 'plain create (editor)',
  signIn: async (payload) =>
    (await createSignedInUser(payload, 'editrice.bench@ambassadeurs.example', ['editor'])).token,
})

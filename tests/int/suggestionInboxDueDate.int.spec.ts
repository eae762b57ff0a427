import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { AccessFixtures } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'

import { findInboxItems } from '../../src/workflow/findInboxItems.ts'
import { createApiClient } from '../helpers/createApiClient.ts'
import { createAccessFixtures } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'

let t: TestPayload
let api: ApiClient
let f: AccessFixtures

const slugs = { contentItems: 'content-items', referentNetworks: 'referent-networks', themes: 'themes', users: 'users' }

beforeAll(async () => {
  t = await initTestPayload('inbox-due-date')
  api = createApiClient(t.config)
  f = await createAccessFixtures(t.payload)
})

afterAll(async () => {
  await t?.teardown()
})

/** A suggestion of referent A's, routed (so given a due date), then moved by the editor through `stages`. */
const suggestionAt = async (title: string, stages: { comment?: string; stage: string }[]) => {
  const submitted = await api.rest('POST', '/content-items', { body: { title }, token: f.referentA.token })
  for (const body of stages) {
    await api.rest('POST', `/content-items/${submitted.body.doc.id}/move`, { body, token: f.editor.token })
  }
  return submitted.body.doc.id as number
}

const dueDateInMySuggestions = async (id: number) => {
  const user = await t.payload.findByID({ collection: 'users', id: f.referentA.id })
  const { items } = await findInboxItems({ filters: {}, payload: t.payload, slugs, user: { ...user, collection: 'users' } })
  return items.find((item) => item.id === id)?.dueDate
}

describe("a referent's “My suggestions”", () => {
  it('should show the review’s due date while the suggestion waits on an editor', async () => {
    const id = await suggestionAt('En attente de relecture', [{ stage: 'in-review' }])
    expect(await dueDateInMySuggestions(id)).toEqual(expect.any(String))
  })

  it('should show no due date once the suggestion is approved', async () => {
    const id = await suggestionAt('Déjà validé', [{ stage: 'in-review' }, { stage: 'approved' }])
    expect(await dueDateInMySuggestions(id)).toBeNull()
  })

  it('should show no due date while the changes asked wait on the referent', async () => {
    const id = await suggestionAt('À reprendre', [
      { stage: 'in-review' },
      { comment: 'Ajoutez une photo.', stage: 'changes-requested' },
    ])
    expect(await dueDateInMySuggestions(id)).toBeNull()
  })
})

import type { Payload } from 'payload'

export const password = 'test-password-1234'

export type TestUser = { email: string; id: number | string; token: string }

/** Creates a user with roles and signs them in. */
export const createSignedInUser = async (
  payload: Payload,
  email: string,
  roles: string[],
): Promise<TestUser> => {
  const user = await payload.create({
    collection: 'users',
    data: { email, language: 'fr', name: email.split('@')[0], password, roles } as never,
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { email, id: user.id, token: token! }
}

/**
 * The cast every access test needs: an admin, an editor, two referents in two region networks, a
 * theme, a suggestion from each referent, an approved item, a calendar, an ambassador, an issue, a
 * delivery and an engagement event.
 */
export const createAccessFixtures = async (payload: Payload) => {
  const admin = await createSignedInUser(payload, 'admin@test.example', ['admin'])
  const editor = await createSignedInUser(payload, 'editor@test.example', ['editor'])
  const referentA = await createSignedInUser(payload, 'referent.a@test.example', ['referent'])
  const referentB = await createSignedInUser(payload, 'referent.b@test.example', ['referent'])
  const create = (collection: string, data: Record<string, unknown>, extra = {}) =>
    payload.create({ collection, data: data as never, ...extra })
  const theme = await create('themes', { name: 'Corporate', slug: 'corporate' })
  const networkA = await create('referent-networks', {
    editors: [editor.id],
    kind: 'region',
    members: [referentA.id],
    name: 'Région A',
  })
  const networkB = await create('referent-networks', {
    editors: [editor.id],
    kind: 'region',
    members: [referentB.id],
    name: 'Région B',
  })
  const suggestion = (title: string, referent: TestUser, network: { id: number | string }) =>
    create(
      'content-items',
      { network: network.id, stage: 'suggested', submittedBy: referent.id, title },
      { draft: true },
    )
  const itemA = await suggestion('Suggestion de la région A', referentA, networkA)
  const itemB = await suggestion('Suggestion de la région B', referentB, networkB)
  const approved = await create('content-items', {
    _status: 'published',
    network: networkA.id,
    stage: 'approved',
    submittedBy: editor.id,
    themes: [theme.id],
    title: 'Contenu validé',
  })
  const calendar = await create('editorial-calendars', { name: 'Calendrier' })
  const ambassador = await create('ambassadors', {
    email: 'claire.martin@test.example',
    firstName: 'Claire',
    lastName: 'Martin',
    regionNetwork: networkA.id,
    status: 'active',
  })
  const issue = await create('newsletter-issues', { calendar: calendar.id, title: 'Édition 1' })
  const delivery = await create('newsletter-deliveries', {
    ambassador: ambassador.id,
    issue: issue.id,
  })
  const event = await create('engagement-events', {
    ambassador: ambassador.id,
    contentItem: approved.id,
    issue: issue.id,
    network: 'linkedin',
    type: 'click',
  })
  return {
    admin,
    ambassador,
    approved,
    calendar,
    delivery,
    editor,
    event,
    issue,
    itemA,
    itemB,
    networkA,
    networkB,
    referentA,
    referentB,
    theme,
  }
}

export type AccessFixtures = Awaited<ReturnType<typeof createAccessFixtures>>

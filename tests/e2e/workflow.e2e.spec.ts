/**
 * The editorial workflow (README, "The editorial workflow") walked through the French admin in a real
 * browser, as the demo's people would: referent.lyon suggests, editrice reviews, asks for changes,
 * referent.lyon revises, editrice approves; each decision reaches the other by email (the demo's mail
 * catcher) and shows in the dashboard inboxes and the item's "Historique".
 */

import { describe, expect, it } from 'vitest'


import { demoPassword } from '../../demo/seed/users.ts'
import {
  activityRows,
  chooseOption,
  documentIdFromUrl,
  fieldErrorText,
  followLinkToDocument,
  inboxRow,
  normalizeSpaces,
  openDashboardInbox,
  openDocument,
  openFrenchBrowser,
  useDemoAndBrowser,
  optionsOf,
  publishChanges,
  selectedOption,
  signIn,
} from './adminActions.ts'
import { flatText, isTo, waitForMail } from './mailCatcher.ts'

const editor = 'editrice@ambassadeurs.example'
const editorName = 'Claire Dubois'
const referentLyon = 'referent.lyon@ambassadeurs.example'
const referentLyonName = 'Julien Moreau'
/** referent.lyon's only network, edited by editrice (demo/seed/networks.ts). */
const lyonNetwork = 'Auvergne-Rhône-Alpes'

const demo = useDemoAndBrowser()

/** A REST session of a demo user, to set up an item without the admin (French answers). */
const apiAs = async (email: string) => {
  const login = await fetch(`${demo.server.baseUrl}/api/users/login`, {
    body: JSON.stringify({ email, password: demoPassword }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  expect(login.status).toBe(200)
  const { token } = (await login.json()) as { token: string }
  const headers = { 'accept-language': 'fr', authorization: `JWT ${token}`, 'content-type': 'application/json' }
  return {
    create: async (data: Record<string, unknown>) => {
      const response = await fetch(`${demo.server.baseUrl}/api/content-items?depth=0`, {
        body: JSON.stringify(data),
        headers,
        method: 'POST',
      })
      expect(response.status).toBe(201)
      return ((await response.json()) as { doc: { id: number } }).doc.id
    },
    update: async (id: number, data: Record<string, unknown>) => {
      const response = await fetch(`${demo.server.baseUrl}/api/content-items/${id}?depth=0`, {
        body: JSON.stringify(data),
        headers,
        method: 'PATCH',
      })
      expect(response.status).toBe(200)
    },
  }
}

describe('the suggestion workflow in the French admin, driven by a real browser', () => {
  it('should carry a suggestion from referent.lyon to approval through the admin', async () => {
    const title = 'Portes ouvertes de l’agence de Villeurbanne le 12 juin'
    const summary = 'Visite des ateliers et rencontre avec nos apprentis.'
    const revisedSummary = 'Visite des ateliers de 9 h à 17 h, ouverte aux familles et aux lycéens.'
    const comment = 'Merci de préciser les horaires et le public attendu.'
    const referent = await openFrenchBrowser(demo.browser)
    const reviewer = await openFrenchBrowser(demo.browser)

    // 1. referent.lyon suggests an item from the admin; whatever stage they pick, it is a suggestion.
    await signIn(referent.page, demo.server.baseUrl, referentLyon)
    await referent.page.goto(`${demo.server.baseUrl}/admin/collections/content-items/create`)
    await referent.page.locator('#field-title').fill(title)
    await referent.page.locator('#field-summary').fill(summary)
    expect(await optionsOf(referent.page, 'network')).toEqual([lyonNetwork])
    await chooseOption(referent.page, 'stage', 'Validé')
    expect(await publishChanges(referent.page)).toEqual({ status: 201 })
    const id = documentIdFromUrl(referent.page)
    expect(await selectedOption(referent.page, 'stage')).toBe('Suggéré')
    expect(await referent.page.locator('#field-network .rs__value-container').innerText()).toContain(lyonNetwork)

    // 2. editrice finds it in her inbox, and was emailed about it.
    await signIn(reviewer.page, demo.server.baseUrl, editor)
    let inbox = await openDashboardInbox(reviewer.page, demo.server.baseUrl)
    expect(await inbox.locator('h2').innerText()).toBe('Boîte de réception des suggestions')
    expect(await inboxRow(inbox, title)).toMatchObject({ Étape: 'Suggéré', Par: referentLyonName, Réseau: lyonNetwork })
    const submitted = await waitForMail(demo.server.mailUrl, `to ${editor} about "${title}"`, (mail) =>
      isTo(mail, editor) && flatText(mail.subject).includes(title),
    )
    expect(flatText(submitted.subject)).toBe(`Nouvelle suggestion de ${referentLyonName} : ${title}`)
    expect(submitted.to.map((to) => to.address)).toEqual([editor])

    // 3. editrice takes it into review, then asks for changes with a comment.
    await followLinkToDocument(inbox.getByRole('link', { exact: true, name: title }))
    expect(documentIdFromUrl(reviewer.page)).toBe(id)
    await chooseOption(reviewer.page, 'stage', 'En relecture')
    expect(await publishChanges(reviewer.page)).toEqual({ status: 200 })
    expect(await selectedOption(reviewer.page, 'stage')).toBe('En relecture')
    await chooseOption(reviewer.page, 'stage', 'Modifications demandées')
    await reviewer.page.locator('#field-stageComment').fill(comment)
    expect(await publishChanges(reviewer.page)).toEqual({ status: 200 })
    expect(await selectedOption(reviewer.page, 'stage')).toBe('Modifications demandées')
    expect(await reviewer.page.locator('#field-latestComment').inputValue()).toBe(comment)
    expect(await reviewer.page.locator('#field-stageComment').inputValue()).toBe('')

    // 4. referent.lyon gets the comment by email, sees it in "Mes suggestions", revises and resubmits.
    const changesRequested = await waitForMail(
      demo.server.mailUrl,
      `to ${referentLyon} asking for changes to "${title}"`,
      (mail) => isTo(mail, referentLyon) && flatText(mail.subject).includes(title),
    )
    expect(flatText(changesRequested.subject)).toBe(`Votre suggestion « ${title} » : modifications demandées`)
    expect(flatText(changesRequested.text)).toContain(comment)
    expect(flatText(changesRequested.text)).toContain(editorName)
    inbox = await openDashboardInbox(referent.page, demo.server.baseUrl)
    expect(await inbox.locator('h2').innerText()).toBe('Mes suggestions')
    expect(await inboxRow(inbox, title)).toMatchObject({
      'Dernier commentaire': comment,
      Étape: 'Modifications demandées',
      Réseau: lyonNetwork,
    })
    await followLinkToDocument(inbox.getByRole('link', { exact: true, name: title }))
    expect(await referent.page.locator('#field-latestComment').inputValue()).toBe(comment)
    await referent.page.locator('#field-summary').fill(revisedSummary)
    await chooseOption(referent.page, 'stage', 'Suggéré')
    expect(await publishChanges(referent.page)).toEqual({ status: 200 })
    expect(await selectedOption(referent.page, 'stage')).toBe('Suggéré')
    expect(await referent.page.locator('#field-summary').inputValue()).toBe(revisedSummary)
    inbox = await openDashboardInbox(referent.page, demo.server.baseUrl)
    expect(await inboxRow(inbox, title)).toMatchObject({ 'Dernier commentaire': '—', Étape: 'Suggéré' })
    const resubmitted = await waitForMail(demo.server.mailUrl, `to ${editor} about the revised "${title}"`, (mail) =>
      isTo(mail, editor) && flatText(mail.subject).startsWith('Suggestion révisée') && flatText(mail.subject).includes(title),
    )
    expect(flatText(resubmitted.subject)).toBe(`Suggestion révisée par ${referentLyonName} : ${title}`)

    // 5. editrice takes it into review again and approves it; referent.lyon is told.
    inbox = await openDashboardInbox(reviewer.page, demo.server.baseUrl)
    expect(await inboxRow(inbox, title)).toMatchObject({ Étape: 'Suggéré' })
    await followLinkToDocument(inbox.getByRole('link', { exact: true, name: title }))
    expect(await reviewer.page.locator('#field-summary').inputValue()).toBe(revisedSummary)
    await chooseOption(reviewer.page, 'stage', 'En relecture')
    expect(await publishChanges(reviewer.page)).toEqual({ status: 200 })
    await chooseOption(reviewer.page, 'stage', 'Validé')
    expect(await publishChanges(reviewer.page)).toEqual({ status: 200 })
    expect(await selectedOption(reviewer.page, 'stage')).toBe('Validé')
    const approved = await waitForMail(demo.server.mailUrl, `to ${referentLyon} approving "${title}"`, (mail) =>
      isTo(mail, referentLyon) && flatText(mail.subject).includes(title) && flatText(mail.subject).endsWith('acceptée'),
    )
    expect(flatText(approved.subject)).toBe(`Votre suggestion « ${title} » : acceptée`)

    // The item's "Historique" lists every move, newest first.
    await openDocument(reviewer.page, demo.server.baseUrl, 'content-items', id)
    expect(await activityRows(reviewer.page)).toEqual([
      { actor: editor, comment: '', fromStage: 'En relecture', toStage: 'Validé' },
      { actor: editor, comment: '', fromStage: 'Suggéré', toStage: 'En relecture' },
      { actor: referentLyon, comment: '', fromStage: 'Modifications demandées', toStage: 'Suggéré' },
      { actor: editor, comment, fromStage: 'En relecture', toStage: 'Modifications demandées' },
      { actor: editor, comment: '', fromStage: 'Suggéré', toStage: 'En relecture' },
      { actor: referentLyon, comment: '', fromStage: '', toStage: 'Suggéré' },
    ])
    inbox = await openDashboardInbox(referent.page, demo.server.baseUrl)
    expect(await inboxRow(inbox, title)).toMatchObject({ Étape: 'Validé' })

    await referent.context.close()
    await reviewer.context.close()
  }, 900_000)

  it('should refuse in French to approve a suggestion nobody has reviewed, and keep it suggested', async () => {
    const title = 'Chantier de rénovation du lycée Ampère : point d’étape'
    const id = await (await apiAs(referentLyon)).create({ summary: 'Où en est le chantier.', title })
    const { context, page } = await openFrenchBrowser(demo.browser)
    await signIn(page, demo.server.baseUrl, editor)
    await openDocument(page, demo.server.baseUrl, 'content-items', id)

    await chooseOption(page, 'stage', 'Validé')
    expect(await publishChanges(page)).toEqual({ status: 400 })
    expect(await fieldErrorText(page, 'stage')).toBe(
      normalizeSpaces(
        'Vous ne pouvez pas faire passer ce contenu de « Suggéré » à « Validé ». ' +
          'Depuis « Suggéré », vous pouvez choisir : En relecture.',
      ),
    )

    await openDocument(page, demo.server.baseUrl, 'content-items', id)
    expect(await selectedOption(page, 'stage')).toBe('Suggéré')
    expect(await activityRows(page)).toEqual([{ actor: referentLyon, comment: '', fromStage: '', toStage: 'Suggéré' }])
    await context.close()
  }, 300_000)

  it('should refuse in French to request changes without a comment, and keep it in review', async () => {
    const title = 'Nos techniciens au forum de l’emploi de Grenoble'
    const id = await (await apiAs(referentLyon)).create({ summary: 'Trois jours de rencontres.', title })
    await (await apiAs(editor)).update(id, { stage: 'in-review' })
    const { context, page } = await openFrenchBrowser(demo.browser)
    await signIn(page, demo.server.baseUrl, editor)
    await openDocument(page, demo.server.baseUrl, 'content-items', id)
    expect(await selectedOption(page, 'stage')).toBe('En relecture')

    await chooseOption(page, 'stage', 'Modifications demandées')
    expect(await publishChanges(page)).toEqual({ status: 400 })
    expect(await fieldErrorText(page, 'stageComment')).toBe(
      normalizeSpaces('Ajoutez un commentaire expliquant pourquoi : la personne qui l’a proposé le recevra.'),
    )

    await openDocument(page, demo.server.baseUrl, 'content-items', id)
    expect(await selectedOption(page, 'stage')).toBe('En relecture')
    expect((await activityRows(page)).map((row) => row.toStage)).toEqual(['En relecture', 'Suggéré'])
    await context.close()
  }, 300_000)
})

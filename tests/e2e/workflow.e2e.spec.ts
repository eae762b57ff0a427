/**
 * The editorial workflow (README, "The editorial workflow") walked through the French admin in a real
 * browser, as the demo's people would: referent.lyon suggests, editrice takes it into review and asks
 * for changes with the panel's actions, referent.lyon revises and resubmits, editrice approves; each
 * decision reaches the other by email (the demo's mail catcher) and shows in the dashboard inboxes and
 * the item's "Historique". The plugin's views (the inbox, the actions panel and its dialog) pass axe-core
 * without a serious or critical violation.
 */

import type { Page } from 'playwright-core'

import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

import { demoPassword } from '../../demo/seed/users.ts'
import {
  activityRows,
  documentIdFromUrl,
  followLinkToDocument,
  inboxRow,
  normalizeSpaces,
  openDashboardInbox,
  openDocument,
  openFrenchBrowser,
  optionsOf,
  panelActions,
  panelStage,
  publishChanges,
  selectedOption,
  seriousAxeViolations,
  signIn,
  takeAction,
  useDemoAndBrowser,
  workflowPanel,
} from './adminActions.ts'
import { flatText, isTo, waitForMail } from './mailCatcher.ts'

const editor = 'editrice@ambassadeurs.example'
const editorName = 'Claire Dubois'
const referentLyon = 'referent.lyon@ambassadeurs.example'
const referentLyonName = 'Julien Moreau'
/** referent.lyon's only network, edited by editrice (demo/seed/networks.ts). */
const lyonNetwork = 'Auvergne-Rhône-Alpes'

const demo = useDemoAndBrowser()

/** The run's pictures of what a referent sees, in an ignored folder: a test run leaves the checkout as it found it. */
const screenshotDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '.test-data', 'screenshots')

/** The edit view's publish button (Payload's `#action-save`), as a referent reads it. */
const publishButtonText = async (page: Page) => normalizeSpaces(await page.locator('#action-save').innerText())

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
    move: async (id: number, body: unknown) => {
      const response = await fetch(`${demo.server.baseUrl}/api/content-items/${id}/move`, {
        body: JSON.stringify(body),
        headers,
        method: 'POST',
      })
      return { body: (await response.json()) as Record<string, unknown>, status: response.status }
    },
    read: async (id: number, query = '') => {
      const response = await fetch(`${demo.server.baseUrl}/api/content-items/${id}?depth=0${query}`, { headers })
      expect(response.status).toBe(200)
      return (await response.json()) as Record<string, unknown>
    },
    update: async (id: number, data: Record<string, unknown>, query = '') => {
      const response = await fetch(`${demo.server.baseUrl}/api/content-items/${id}?depth=0${query}`, {
        body: JSON.stringify(data),
        headers,
        method: 'PATCH',
      })
      expect(response.status).toBe(200)
    },
  }
}

/** A person as the admin shows them: by name once the users collection is titled by name, else by email. */
const isShownAs = (shown: string, person: { email: string; name: string }) =>
  shown === person.name || shown === person.email

describe('the suggestion workflow in the French admin, driven by a real browser', () => {
  it('should carry a suggestion from referent.lyon to approval with the panel’s actions', async () => {
    const title = 'Portes ouvertes de l’agence de Villeurbanne le 12 juin'
    const summary = 'Visite des ateliers et rencontre avec nos apprentis.'
    const revisedSummary = 'Visite des ateliers de 9 h à 17 h, ouverte aux familles et aux lycéens.'
    const comment = 'Merci de préciser les horaires et le public attendu.'
    const referent = await openFrenchBrowser(demo.browser)
    const reviewer = await openFrenchBrowser(demo.browser)

    // 1. referent.lyon suggests an item from the admin: the stage is not theirs to pick.
    await signIn(referent.page, demo.server.baseUrl, referentLyon)
    await referent.page.goto(`${demo.server.baseUrl}/admin/collections/content-items/create`)
    await referent.page.locator('#field-title').fill(title)
    await referent.page.locator('#field-summary').fill(summary)
    expect(await optionsOf(referent.page, 'network')).toEqual([lyonNetwork])
    await expect.poll(() => referent.page.locator('#field-stage .rs__control--is-disabled').count()).toBe(1)
    expect(await workflowPanel(referent.page).innerText()).toContain('Envoyez la suggestion : elle est alors transmise')
    expect(await publishButtonText(referent.page)).toBe('Envoyer la suggestion')
    await referent.page
      .locator('.doc-controls')
      .screenshot({ path: path.join(screenshotDir, 'referent-send-suggestion.png') })
    expect(await publishChanges(referent.page)).toEqual({ status: 201 })
    const id = documentIdFromUrl(referent.page)
    expect(await selectedOption(referent.page, 'stage')).toBe('Suggéré')
    expect(await panelStage(referent.page)).toBe('Suggéré')
    expect(await panelActions(referent.page)).toEqual([])
    expect(await publishButtonText(referent.page)).toBe('Mettre à jour la suggestion')
    expect(await workflowPanel(referent.page).innerText()).toContain('Aucune décision ne vous revient à cette étape.')
    expect(await referent.page.locator('.stage-status').innerText()).toContain('Suggéré')
    expect(await referent.page.locator('#field-network .rs__value-container').innerText()).toContain(lyonNetwork)

    // 2. editrice finds it in her inbox, and was emailed about it.
    await signIn(reviewer.page, demo.server.baseUrl, editor)
    let inbox = await openDashboardInbox(reviewer.page, demo.server.baseUrl)
    expect(await inbox.locator('h2').innerText()).toBe('Boîte de réception des suggestions')
    expect(await seriousAxeViolations(inbox)).toEqual([])
    expect(await inboxRow(inbox, title)).toMatchObject({ Étape: 'Suggéré', Par: referentLyonName, Réseau: lyonNetwork })
    const submitted = await waitForMail(demo.server.mailUrl, `to ${editor} about "${title}"`, (mail) =>
      isTo(mail, editor) && flatText(mail.subject).includes(title),
    )
    expect(flatText(submitted.subject)).toBe(`Nouvelle suggestion de ${referentLyonName} : ${title}`)
    expect(submitted.to.map((to) => to.address)).toEqual([editor])

    // 3. editrice takes it into review, then asks for changes with a comment, each in one action.
    await followLinkToDocument(inbox.getByRole('link', { exact: true, name: title }))
    expect(documentIdFromUrl(reviewer.page)).toBe(id)
    expect(await panelActions(reviewer.page)).toEqual(['Prendre en relecture'])
    expect(await seriousAxeViolations(workflowPanel(reviewer.page))).toEqual([])
    expect(await takeAction(reviewer.page, 'Prendre en relecture', { expectedStage: 'En relecture' })).toEqual({
      status: 200,
    })
    expect(await selectedOption(reviewer.page, 'stage')).toBe('En relecture')
    expect(await panelActions(reviewer.page)).toEqual(['Demander des modifications', 'Valider', 'Refuser'])
    await workflowPanel(reviewer.page).getByRole('button', { exact: true, name: 'Demander des modifications' }).click()
    const dialog = workflowPanel(reviewer.page).locator('dialog[open]')
    await dialog.waitFor()
    expect(await seriousAxeViolations(dialog)).toEqual([])
    expect(await dialog.getByRole('button', { exact: true, name: 'Demander des modifications' }).isDisabled()).toBe(true)
    await dialog.getByRole('button', { exact: true, name: 'Annuler' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(
      await takeAction(reviewer.page, 'Demander des modifications', { comment, expectedStage: 'Modifications demandées' }),
    ).toEqual({ status: 200 })
    expect(await selectedOption(reviewer.page, 'stage')).toBe('Modifications demandées')
    await expect.poll(() => reviewer.page.locator('#field-latestComment').inputValue()).toBe(comment)
    expect(await panelActions(reviewer.page)).toEqual([])
    // The history refreshed with the view: no reload.
    await expect
      .poll(async () => (await activityRows(reviewer.page)).map((row) => row.toStage), { timeout: 30_000 })
      .toEqual(['Modifications demandées', 'En relecture', 'Suggéré'])

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
    expect(await seriousAxeViolations(inbox)).toEqual([])
    expect(await inboxRow(inbox, title)).toMatchObject({
      'Dernier commentaire': comment,
      Étape: 'Modifications demandées',
      Réseau: lyonNetwork,
    })
    await followLinkToDocument(inbox.getByRole('link', { exact: true, name: title }))
    expect(await referent.page.locator('#field-latestComment').inputValue()).toBe(comment)
    expect(await panelActions(referent.page)).toEqual(['Renvoyer la suggestion'])
    expect(await publishButtonText(referent.page)).toBe('Enregistrer la révision')
    expect(await seriousAxeViolations(workflowPanel(referent.page))).toEqual([])
    await referent.page.locator('#field-summary').fill(revisedSummary)
    expect(await publishChanges(referent.page)).toEqual({ status: 200 })
    expect(await panelStage(referent.page)).toBe('Modifications demandées')
    expect(await takeAction(referent.page, 'Renvoyer la suggestion', { expectedStage: 'Suggéré' })).toEqual({ status: 200 })
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
    expect(await takeAction(reviewer.page, 'Prendre en relecture', { expectedStage: 'En relecture' })).toEqual({
      status: 200,
    })
    expect(await takeAction(reviewer.page, 'Valider', { expectedStage: 'Validé' })).toEqual({ status: 200 })
    expect(await selectedOption(reviewer.page, 'stage')).toBe('Validé')
    expect(await panelActions(reviewer.page)).toEqual(['Archiver'])
    const approved = await waitForMail(demo.server.mailUrl, `to ${referentLyon} approving "${title}"`, (mail) =>
      isTo(mail, referentLyon) && flatText(mail.subject).includes(title) && flatText(mail.subject).endsWith('validée'),
    )
    expect(flatText(approved.subject)).toBe(`Votre suggestion « ${title} » : validée`)

    // The item's "Historique" lists every move, newest first, with who acted.
    await openDocument(reviewer.page, demo.server.baseUrl, 'content-items', id)
    const rows = await activityRows(reviewer.page)
    const editorPerson = { email: editor, name: editorName }
    const referentPerson = { email: referentLyon, name: referentLyonName }
    const actors = [editorPerson, editorPerson, referentPerson, editorPerson, editorPerson, referentPerson]
    const history = [
      { comment: '', fromStage: 'En relecture', toStage: 'Validé' },
      { comment: '', fromStage: 'Suggéré', toStage: 'En relecture' },
      { comment: '', fromStage: 'Modifications demandées', toStage: 'Suggéré' },
      { comment, fromStage: 'En relecture', toStage: 'Modifications demandées' },
      { comment: '', fromStage: 'Suggéré', toStage: 'En relecture' },
      { comment: '', fromStage: '', toStage: 'Suggéré' },
    ]
    expect(rows.map(({ comment: text, fromStage, toStage }) => ({ comment: text, fromStage, toStage }))).toEqual(history)
    rows.forEach((row, index) => expect(isShownAs(row.actor, actors[index]!), `actor of row ${index}: ${row.actor}`).toBe(true))
    inbox = await openDashboardInbox(referent.page, demo.server.baseUrl)
    // An approved item waits on nobody: the review's due date no longer shows.
    expect(await inboxRow(inbox, title)).toMatchObject({ Échéance: '—', Étape: 'Validé' })

    // referent.lyon's "Historique" shows the editor's decisions and comment too, not only their own rows.
    await followLinkToDocument(inbox.getByRole('link', { exact: true, name: title }))
    const referentRows = await activityRows(referent.page)
    expect(referentRows.map(({ comment: text, fromStage, toStage }) => ({ comment: text, fromStage, toStage }))).toEqual(
      history,
    )
    await referent.page
      .locator('#field-activity')
      .screenshot({ path: path.join(screenshotDir, 'referent-history.png') })
    // An entry opens in a drawer titled by its moment, not by a stage code.
    await referent.page.locator('#field-activity tbody tr').first().locator('td.cell-at a, td.cell-at button').first().click()
    const drawerTitle = referent.page.locator('.doc-drawer__header-text')
    await drawerTitle.waitFor()
    expect(normalizeSpaces(await drawerTitle.innerText())).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)

    await referent.context.close()
    await reviewer.context.close()
  }, 900_000)

  it('should offer only the moves each person may take, and refuse others in French over the API', async () => {
    const title = 'Chantier de rénovation du lycée Ampère : point d’étape'
    const referentApi = await apiAs(referentLyon)
    const id = await referentApi.create({ summary: 'Où en est le chantier.', title })
    const { context, page } = await openFrenchBrowser(demo.browser)
    await signIn(page, demo.server.baseUrl, editor)
    await openDocument(page, demo.server.baseUrl, 'content-items', id)

    expect(await panelActions(page)).toEqual(['Prendre en relecture'])
    const editorApi = await apiAs(editor)
    expect(await editorApi.move(id, { stage: 'approved' })).toEqual({
      body: {
        errors: [
          {
            message: expect.stringContaining('Vous ne pouvez pas faire passer ce contenu de « Suggéré » à « Validé ».'),
            path: 'stage',
          },
        ],
      },
      status: 400,
    })
    expect(await editorApi.move(id, { stage: 'nowhere' })).toMatchObject({ status: 400 })
    expect(await referentApi.move(id, { stage: 'in-review' })).toMatchObject({ status: 400 })

    await openDocument(page, demo.server.baseUrl, 'content-items', id)
    expect(await panelStage(page)).toBe('Suggéré')
    expect(await activityRows(page)).toHaveLength(1)
    await context.close()
  }, 300_000)

  it('should ask for the comment before requesting changes, and move nothing on a draft save', async () => {
    const title = 'Nos techniciens au forum de l’emploi de Grenoble'
    const id = await (await apiAs(referentLyon)).create({ summary: 'Trois jours de rencontres.', title })
    const editorApi = await apiAs(editor)
    expect(await editorApi.move(id, { stage: 'in-review' })).toMatchObject({ status: 200 })
    const withoutComment = await editorApi.move(id, { stage: 'changes-requested' })
    expect(withoutComment.status).toBe(400)
    expect(withoutComment.body).toEqual({
      errors: [
        {
          message: normalizeSpaces('Ajoutez un commentaire expliquant pourquoi : la personne qui l’a proposé le recevra.'),
          path: 'stageComment',
        },
      ],
    })

    // A draft save keeps the stage and records nothing.
    await editorApi.update(id, { stage: 'approved', summary: 'Brouillon' }, '&draft=true')
    expect(await editorApi.read(id, '&draft=true')).toMatchObject({ stage: 'in-review', summary: 'Brouillon' })

    const { context, page } = await openFrenchBrowser(demo.browser)
    await signIn(page, demo.server.baseUrl, editor)
    await openDocument(page, demo.server.baseUrl, 'content-items', id)
    expect(await panelStage(page)).toBe('En relecture')
    expect((await activityRows(page)).map((row) => row.toStage)).toEqual(['En relecture', 'Suggéré'])
    await context.close()
  }, 300_000)
})

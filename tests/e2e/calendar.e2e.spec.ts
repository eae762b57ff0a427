import type { Page } from 'playwright-core'

import { describe, expect, it } from 'vitest'

import {
  chooseOption,
  fieldWrapper,
  normalizeSpaces,
  openFrenchBrowser as openBrowser,
  seriousAxeViolations,
  signIn as signInAt,
  useDemoAndBrowser,
} from './adminActions.ts'

const editor = 'editrice@ambassadeurs.example'
const referentLyon = 'referent.lyon@ambassadeurs.example'

const demo = useDemoAndBrowser()

const openFrenchBrowser = () => openBrowser(demo.browser, { height: 1400, width: 1440 })

const signIn = (page: Page, email: string) => signInAt(page, demo.server.baseUrl, email)

/** The month view of the default calendar (the demo has one), once its grid is rendered. */
const openCalendar = async (page: Page, month: string) => {
  await page.goto(`${demo.server.baseUrl}/admin/calendar?month=${month}`)
  const view = page.locator('.calendar-view')
  await view.locator('table.calendar-view__grid').waitFor()
  return view
}

const dayCell = (page: Page, day: string) => page.locator(`td[data-day="${day}"]`)

/** The status of each newsletter occurrence shown on a day (`scheduled`, `cancelled`). */
const newsletterStatuses = (page: Page, day: string) =>
  dayCell(page, day).locator('li[data-type="cadence"][data-kind="newsletter"]').evaluateAll((items) =>
    items.map((item) => item.getAttribute('data-status')),
  )

describe('the editorial calendar’s month view', () => {
  it('should shade every day of August 2027 as a dead period and name the period once', async () => {
    const { context, page } = await openFrenchBrowser()
    await signIn(page, editor)
    const view = await openCalendar(page, '2027-08')

    expect(normalizeSpaces(await view.locator('h2.calendar-view__month').innerText())).toBe('août 2027')
    const periods = await page
      .locator('td[data-day^="2027-08-"]')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-dead-period')))
    expect(periods).toHaveLength(31)
    expect(new Set(periods).size).toBe(1)
    expect(periods[0]).toBeTruthy()
    expect(await view.locator('.calendar-view__period').count()).toBe(1)
    expect(await dayCell(page, '2027-08-01').locator('.calendar-view__period').count()).toBe(1)
    await context.close()
  }, 240_000)

  it('should show the newsletters of August 2027 cancelled, with the dead period as the reason', async () => {
    const { context, page } = await openFrenchBrowser()
    await signIn(page, editor)
    await openCalendar(page, '2027-08')

    expect([await newsletterStatuses(page, '2027-08-01'), await newsletterStatuses(page, '2027-08-15')]).toEqual([
      ['cancelled'],
      ['cancelled'],
    ])
    const period = await dayCell(page, '2027-08-01').getAttribute('data-dead-period')
    const newsletter = dayCell(page, '2027-08-15').locator('li[data-kind="newsletter"]')
    expect(await newsletter.locator('s').count()).toBe(1)
    expect(normalizeSpaces(await newsletter.locator('.calendar-view__reason').innerText())).toBe(`Annulation : ${period}`)
    await context.close()
  }, 240_000)

  it('should go to September 2027 by the next link and show the newsletters of the 1st and the 15th scheduled', async () => {
    const { context, page } = await openFrenchBrowser()
    await signIn(page, editor)
    const view = await openCalendar(page, '2027-08')

    await view.locator('a[rel="next"]').click()
    await page.waitForURL(/month=2027-09/)
    await expect.poll(async () => normalizeSpaces(await view.locator('h2.calendar-view__month').innerText())).toBe(
      'septembre 2027',
    )
    expect([await newsletterStatuses(page, '2027-09-01'), await newsletterStatuses(page, '2027-09-15')]).toEqual([
      ['scheduled'],
      ['scheduled'],
    ])
    expect(normalizeSpaces(await dayCell(page, '2027-09-01').locator('li[data-kind="newsletter"]').innerText())).toMatch(
      /^09:00 /,
    )
    expect(await dayCell(page, '2027-09-01').getAttribute('data-dead-period')).toBeNull()
    await context.close()
  }, 240_000)

  it('should link every item to the calendar’s edit view and offer the editor to edit it', async () => {
    const { context, page } = await openFrenchBrowser()
    await signIn(page, editor)
    const view = await openCalendar(page, '2027-09')

    const hrefs = await view
      .locator('li[data-type] a.calendar-view__item-link')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
    expect(hrefs.length).toBeGreaterThan(0)
    expect(new Set(hrefs).size).toBe(1)
    expect(hrefs[0]).toMatch(/^\/admin\/collections\/editorial-calendars\/\d+$/)
    expect(await view.getByRole('link', { exact: true, name: 'Modifier le calendrier' }).getAttribute('href')).toBe(hrefs[0])
    await context.close()
  }, 240_000)

  it('should have no serious or critical accessibility violation', async () => {
    const { context, page } = await openFrenchBrowser()
    await signIn(page, editor)
    const view = await openCalendar(page, '2027-08')

    expect(await seriousAxeViolations(view)).toEqual([])
    await context.close()
  }, 240_000)

  it('should open for a referent from the navigation, read-only', async () => {
    const { context, page } = await openFrenchBrowser()
    await signIn(page, referentLyon)
    // The navigation starts closed: open it with its button, as a person would.
    await page.locator('.template-default__nav-toggler-wrapper button').first().click()
    await page.locator('nav').getByRole('link', { exact: true, name: 'Calendrier éditorial' }).click()
    await page.waitForURL(/\/admin\/calendar$/)
    const view = page.locator('.calendar-view')
    await view.locator('table.calendar-view__grid').waitFor()

    await openCalendar(page, '2027-09')
    expect(await newsletterStatuses(page, '2027-09-15')).toEqual(['scheduled'])
    expect(await view.getByRole('link', { exact: true, name: 'Modifier le calendrier' }).count()).toBe(0)
    await context.close()
  }, 240_000)

  it('should send a visitor who is not signed in to the login page', async () => {
    const { context, page } = await openFrenchBrowser()
    await page.goto(`${demo.server.baseUrl}/admin/calendar?month=2027-08`)
    await page.waitForURL(/\/admin\/login/)
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/admin/calendar?month=2027-08')
    await context.close()
  }, 240_000)
})

describe('the editorial calendar’s edit view', () => {
  /** The default calendar's edit view, reached from the month view as an editor would. */
  const openCalendarEdit = async (page: Page) => {
    const view = await openCalendar(page, '2027-09')
    await view.getByRole('link', { exact: true, name: 'Modifier le calendrier' }).click()
    await page.waitForURL(/\/admin\/collections\/editorial-calendars\/\d+$/)
    await page.locator('.feed-url__input').waitFor()
  }

  it('should say on each collapsed dead period’s row when its relaunch is', async () => {
    const { context, page } = await openFrenchBrowser()
    await signIn(page, editor)
    await openCalendarEdit(page)

    const labels = await page.locator('#field-deadPeriods .array-row-label').allInnerTexts()
    expect(labels.map(normalizeSpaces)).toEqual([
      'Trêve des fêtes de fin d’année · relance le 06/01/2027',
      'Ponts de mai · relance proposée le 20/05/2027',
      'Vacances d’août · relance proposée le 03/09/2027',
    ])
    await context.close()
  }, 240_000)

  it('should show an invalid recurrence rule’s refusal in full, not cut to one line', async () => {
    const { context, page } = await openFrenchBrowser()
    await signIn(page, editor)
    await openCalendarEdit(page)
    await page.locator('#field-cadences').getByRole('button', { exact: true, name: 'Afficher tout' }).click()
    await chooseOption(page, 'cadences__4__repeats', 'Règle personnalisée (RRULE, pour experts)')
    await page.locator('#field-cadences__4__rrule').fill('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30')
    await page.locator('#action-save').click()

    // The error stays while the rule is invalid; Payload toggles only its `--show` class (with focus).
    const error = fieldWrapper(page, 'cadences__4__rrule').locator('aside.field-error').first()
    await error.waitFor({ state: 'attached' })
    expect(normalizeSpaces((await error.textContent()) ?? '')).toContain('ne se produit jamais')
    const clipped = await error.evaluate((aside) =>
      [aside, ...aside.querySelectorAll('*')].some((element) => element.scrollWidth > element.clientWidth + 1),
    )
    expect(clipped).toBe(false)
    await context.close()
  }, 240_000)

  it('should ask in Payload’s own dialog before issuing a new secret feed link, never the browser’s', async () => {
    const { context, page } = await openFrenchBrowser()
    const nativeDialogs: string[] = []
    page.on('dialog', (dialog) => {
      nativeDialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await signIn(page, editor)
    await openCalendarEdit(page)
    const input = page.locator('.feed-url__input')
    const before = await input.inputValue()

    await page.getByRole('button', { exact: true, name: 'Nouveau lien secret' }).click()
    const modal = page.locator('.confirmation-modal')
    await modal.getByRole('heading', { name: 'Émettre un nouveau lien secret ?' }).waitFor()
    await modal.getByRole('button', { exact: true, name: 'Garder le lien actuel' }).click()
    await modal.waitFor({ state: 'hidden' })
    expect(await input.inputValue()).toBe(before)

    await page.getByRole('button', { exact: true, name: 'Nouveau lien secret' }).click()
    await page.locator('.confirmation-modal').getByRole('button', { exact: true, name: 'Émettre un nouveau lien' }).click()
    await expect.poll(() => input.inputValue(), { timeout: 30_000 }).not.toBe(before)
    expect(nativeDialogs).toEqual([])
    await context.close()
  }, 240_000)
})

import type { CollectionConfig, Config } from 'payload'

import { describe, expect, it, vi } from 'vitest'

import type { AmbassadorsPluginOptions } from 'payload-plugin-ambassadors'

import { ambassadorsPlugin as definedPlugin } from 'payload-plugin-ambassadors'
import { taskSlugs } from 'payload-plugin-ambassadors'

/** The plugin applied to a host config; it does no async work, so its result is inspected directly. */
const ambassadorsPlugin = (options?: AmbassadorsPluginOptions) => (config: Config) =>
  definedPlugin(options)(config) as Config

const hostHook = () => undefined
const hostOnInit = vi.fn(async () => undefined)

/** A fresh minimal host config per call: plugins mutate what they are given. */
const makeHostConfig = (): Config => ({
  collections: [
    {
      slug: 'users',
      auth: true,
      fields: [{ name: 'nickname', type: 'text' }],
      hooks: { afterChange: [hostHook] },
    },
    { slug: 'media', fields: [], upload: true },
    { slug: 'pages', fields: [{ name: 'title', type: 'text' }] },
  ],
  endpoints: [{ handler: () => Response.json({}), method: 'get', path: '/host' }],
  i18n: { translations: { fr: { 'plugin-ambassadors': { emailInvalid: 'Adresse refusée' } } } as never },
  jobs: { tasks: [{ slug: 'hostTask', handler: () => ({ output: {} }) }] },
  db: {} as never,
  onInit: hostOnInit,
  secret: 'x',
})

const collection = (config: Config, slug: string) =>
  config.collections?.find((c) => c.slug === slug) as CollectionConfig

const pluginSlugs = [
  'themes',
  'referent-networks',
  'content-items',
  'content-activities',
  'editorial-calendars',
  'ambassadors',
  'newsletter-issues',
  'newsletter-deliveries',
  'engagement-events',
]

describe('ambassadorsPlugin on a minimal host config', () => {
  it('should add the eight programme collections after the host collections', () => {
    const config = ambassadorsPlugin()(makeHostConfig())
    expect(config.collections?.map((c) => c.slug)).toEqual(['users', 'media', 'pages', ...pluginSlugs])
  })

  it("should add roles, name and language to the host's users and keep its own fields and hooks", () => {
    const users = collection(ambassadorsPlugin()(makeHostConfig()), 'users')
    expect(users.fields.map((f) => ('name' in f ? f.name : undefined))).toEqual([
      'nickname',
      'name',
      'roles',
      'language',
      'suggestionEmails',
      'lastDigestSentAt',
      'verifiedEmail',
      'testSends',
    ])
    // The plugin's hooks run first, the host's after them.
    expect(users.hooks?.afterChange?.at(-1)).toBe(hostHook)
  })

  it("should keep the host's endpoints, onInit, tasks and translation overrides", async () => {
    const config = ambassadorsPlugin()(makeHostConfig())
    expect(config.endpoints?.map((e) => e.path)).toEqual(['/host'])
    const payload = { config: { collections: [], globals: [] } }
    await config.onInit?.(payload as never)
    expect(hostOnInit).toHaveBeenCalledWith(payload)
    expect(config.jobs?.tasks?.map((task) => task.slug)).toEqual(['hostTask', ...Object.values(taskSlugs)])
    const fr = (config.i18n?.translations as Record<string, Record<string, Record<string, string>>>).fr!
    expect(fr['plugin-ambassadors']!.emailInvalid).toBe('Adresse refusée')
    expect(fr['plugin-ambassadors']!.linkInvalid).toMatch(/http/)
  })

  it('should close the jobs endpoints to everyone but admins', async () => {
    const access = ambassadorsPlugin()(makeHostConfig()).jobs?.access
    const req = (roles: string[]) => ({ req: { user: { collection: 'users', id: 1, roles } } }) as never
    expect(await access?.run?.(req(['editor']))).toBe(false)
    expect(await access?.run?.(req(['admin']))).toBe(true)
    expect(await access?.queue?.({ req: {} } as never)).toBe(false)
    expect(await access?.cancel?.(req(['referent']))).toBe(false)
  })

  it("should leave the host's own jobs access alone", () => {
    const host = makeHostConfig()
    const run = () => true
    host.jobs = { ...host.jobs, access: { run } }
    expect(ambassadorsPlugin()(host).jobs?.access?.run).toBe(run)
  })

  it('should keep collections and task slugs but no hooks or schedules when disabled', () => {
    const config = ambassadorsPlugin({ enabled: false })(makeHostConfig())
    expect(config.collections?.map((c) => c.slug)).toEqual(['users', 'media', 'pages', ...pluginSlugs])
    expect(collection(config, 'content-items').hooks?.beforeValidate ?? []).toHaveLength(0)
    expect(config.jobs?.tasks?.map((task) => task.slug)).toEqual(['hostTask', ...Object.values(taskSlugs)])
    expect(config.jobs?.tasks?.flatMap((task) => task.schedule ?? [])).toEqual([])
  })

  it('should use the slugs it is given everywhere, relationships included', () => {
    const config = ambassadorsPlugin({ collectionSlugs: { themes: 'programme-themes' } })(makeHostConfig())
    const items = collection(config, 'content-items')
    const themesField = items.fields.find((f) => 'name' in f && f.name === 'themes') as { relationTo: string }
    expect(collection(config, 'programme-themes')).toBeDefined()
    expect(themesField.relationTo).toBe('programme-themes')
  })

  it('should apply a collection override to the default collection', () => {
    const config = ambassadorsPlugin({
      collectionOverrides: {
        ambassadors: ({ defaultCollection }) => ({
          ...defaultCollection,
          fields: [...defaultCollection.fields, { name: 'employeeId', type: 'text' }],
        }),
      },
    })(makeHostConfig())
    const names = collection(config, 'ambassadors').fields.map((f) => ('name' in f ? f.name : undefined))
    expect(names).toContain('employeeId')
    expect(names).toContain('email')
  })

  it('should leave out the image field when mediaCollection is false', () => {
    const host = makeHostConfig()
    host.collections = host.collections!.filter((c) => c.slug !== 'media')
    const items = collection(ambassadorsPlugin({ mediaCollection: false })(host), 'content-items')
    expect(items.fields.some((f) => 'name' in f && f.name === 'image')).toBe(false)
  })
})

describe('ambassadorsPlugin as a Payload plugin', () => {
  it('should declare itself with the package slug and keep its options', () => {
    const plugin = definedPlugin({ jobsQueue: 'programme' })
    expect(plugin.slug).toBe('payload-plugin-ambassadors')
    expect(plugin.options).toEqual({ jobsQueue: 'programme' })
  })

  it('should leave its queue name and newsletter settings where the jobs runner and the delivery worker find them', () => {
    const config = ambassadorsPlugin({
      collectionSlugs: { editorialCalendars: 'calendriers' },
      holidayCountry: 'FR-67',
      jobsQueue: 'programme',
      relaunchWorkingDays: 5,
      timeZone: 'Europe/Brussels',
    })(makeHostConfig())
    expect(config.custom?.['payload-plugin-ambassadors']).toEqual({
      defaultLanguage: 'fr',
      holidayCountry: 'FR-67',
      itemsPerIssue: 8,
      jobsQueue: 'programme',
      previousSecrets: [],
      relaunchWorkingDays: 5,
      slugs: expect.objectContaining({ contentItems: 'content-items', editorialCalendars: 'calendriers', media: 'media', users: 'users' }),
      timeZone: 'Europe/Brussels',
    })
  })
})

describe('ambassadorsPlugin admin components', () => {
  const configured = () =>
    ambassadorsPlugin({
      collectionSlugs: { contentItems: 'contenus', editorialCalendars: 'calendriers' },
      holidayCountry: 'FR-67',
      relaunchWorkingDays: 5,
      timeZone: 'Europe/Brussels',
      usersCollection: 'members',
    })({ ...makeHostConfig(), collections: [{ slug: 'members', auth: true, fields: [] }, { slug: 'media', fields: [], upload: true }] })

  it('should hand the calendar view its slugs, time zone and calendar settings as server props', () => {
    const view = configured().admin?.components?.views?.ambassadorsCalendar
    expect(view?.path).toBe('/calendar')
    expect(view?.Component).toEqual({
      path: 'payload-plugin-ambassadors/rsc#CalendarView',
      serverProps: {
        holidayCountry: 'FR-67',
        relaunchWorkingDays: 5,
        slugs: { contentItems: 'contenus', editorialCalendars: 'calendriers', users: 'members' },
        timeZone: 'Europe/Brussels',
      },
    })
  })

  it("should hand the calendar's navigation link the users collection it checks roles in", () => {
    expect(configured().admin?.components?.afterNavLinks).toEqual([
      { path: 'payload-plugin-ambassadors/rsc#CalendarNavLink', serverProps: { usersSlug: 'members' } },
    ])
  })
})

describe('ambassadorsPlugin misconfiguration', () => {
  it.each([
    [{ usersCollection: 'members' }, /usersCollection.*no auth collection.*members/],
    [{ mediaCollection: 'images' }, /mediaCollection.*no upload collection.*images/],
    [{ collectionSlugs: { themes: 'pages' } }, /collectionSlugs.*already has a collection "pages"/],
    [{ collectionSlugs: { themes: 'ambassadors' } }, /collectionSlugs.*"ambassadors" is used for two/],
    [{ collectionSlugs: { themes: 'Bad Slug' } }, /collectionSlugs\.themes/],
    [{ timeZone: 'Mars/Olympus' }, /timeZone.*Mars\/Olympus/],
    [{ jobsQueue: ' ' }, /jobsQueue/],
    [{ itemsPerIssue: 9 }, /itemsPerIssue.*1 to 8 items.*Gmail clips/],
  ])('should throw at startup naming the option for %j', (options, message) => {
    expect(() => ambassadorsPlugin(options as never)(makeHostConfig())).toThrow(message)
  })
})

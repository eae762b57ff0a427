import type { CollectionConfig, Config, PayloadRequest, SanitizedConfig } from 'payload'

import { describe, expect, it } from 'vitest'

import { ambassadorsPlugin as definedPlugin } from 'payload-plugin-ambassadors'

import { closeOpenDefaults } from '../../src/plugins/closeOpenDefaults.ts'

const ambassadorsPlugin = (options?: Parameters<typeof definedPlugin>[0]) => (config: Config) =>
  definedPlugin(options)(config) as Config

const hostRule = () => true

const makeHostConfig = (mediaAccess: CollectionConfig['access'] = {}): Config => ({
  collections: [
    { slug: 'users', auth: true, fields: [] },
    { slug: 'media', access: mediaAccess, fields: [{ name: 'alt', type: 'text' }], upload: true },
  ],
  db: {} as never,
  secret: 'x',
})

const media = (config: Config) => config.collections!.find(({ slug }) => slug === 'media')!

const requestOf = (roles: string[], id = 7) =>
  ({ req: { user: { collection: 'users', id, roles } as unknown as PayloadRequest['user'] } as PayloadRequest })

describe('the media collection with mediaAccess', () => {
  it('should let referents update only their own uploads', async () => {
    const { update } = media(ambassadorsPlugin()(makeHostConfig())).access!
    expect(await update!(requestOf(['referent']))).toEqual({ or: [{ uploadedBy: { equals: 7 } }] })
  })

  it('should let editors delete every upload', async () => {
    const { delete: remove } = media(ambassadorsPlugin()(makeHostConfig())).access!
    expect(await remove!(requestOf(['editor']))).toBe(true)
  })

  it("should keep the host's own rule for an operation it set", () => {
    const { read, update } = media(ambassadorsPlugin()(makeHostConfig({ read: hostRule, update: hostRule }))).access!
    expect([read, update]).toEqual([hostRule, hostRule])
  })

  it('should add the uploadedBy owner field', () => {
    const names = media(ambassadorsPlugin()(makeHostConfig())).fields.map((field) => ('name' in field ? field.name : ''))
    expect(names).toEqual(['alt', 'uploadedBy'])
  })

  it('should leave the media collection as the host wrote it when off', () => {
    const host = makeHostConfig()
    const { access, fields } = host.collections![1]!
    expect(media(ambassadorsPlugin({ mediaAccess: false })(host))).toMatchObject({ access, fields })
  })
})

describe('closeOpenDefaults', () => {
  const isAdmin = ({ req }: { req: Pick<PayloadRequest, 'user'> }) => req.user?.id === 1
  const sanitized = () =>
    ({
      collections: [{ slug: 'payload-locked-documents', access: { create: hostRule, delete: hostRule, read: hostRule, update: hostRule } }],
      globals: [{ slug: 'payload-jobs-stats', access: { read: hostRule, update: hostRule } }],
    }) as unknown as SanitizedConfig

  it('should give the jobs stats global to admins only', () => {
    const config = sanitized()
    closeOpenDefaults(config, { isAdmin, lockDownJobs: true })
    expect(config.globals[0]!.access).toMatchObject({ read: isAdmin, update: isAdmin })
  })

  it('should leave the jobs stats global alone without lockDownJobs', () => {
    const config = sanitized()
    closeOpenDefaults(config, { isAdmin, lockDownJobs: false })
    expect(config.globals[0]!.access).toEqual({ read: hostRule, update: hostRule })
  })

  it("should replace every one of Payload's open lock rules", () => {
    const config = sanitized()
    closeOpenDefaults(config, { isAdmin, lockDownJobs: true })
    expect(Object.values(config.collections[0]!.access)).not.toContain(hostRule)
  })
})

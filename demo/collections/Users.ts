import type { CollectionConfig } from 'payload'

/** The demo host's own auth collection; the plugin adds roles, name and language to it. */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: { defaultColumns: ['name', 'email', 'roles'], useAsTitle: 'name' },
  auth: { lockTime: 10 * 60 * 1000, maxLoginAttempts: 10, tokenExpiration: 8 * 60 * 60 },
  fields: [],
  labels: {
    plural: { en: 'Users', fr: 'Utilisateurs' },
    singular: { en: 'User', fr: 'Utilisateur' },
  },
}

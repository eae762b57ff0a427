import type { CollectionConfig } from 'payload'

import { networkKinds } from '../../defaults.ts'
import { selectOptions } from '../../utilities/selectOptions.ts'
import { validateUsersHaveRole } from '../../validation/validateUsersHaveRole.ts'
import { adminGroup, type CollectionFactoryArgs } from '../types.ts'

export const networkKindLabels = {
  'business-line': { en: 'Business line', fr: 'Métier' },
  region: { en: 'Region', fr: 'Région' },
  sector: { en: 'Sector', fr: 'Secteur' },
}

export const createReferentNetworksCollection = ({
  slugs,
  predicates: { isAdmin, isStaff },
}: CollectionFactoryArgs<'slugs'>): CollectionConfig => ({
  slug: slugs.referentNetworks,
  access: {
    create: isAdmin,
    delete: isAdmin,
    read: isStaff,
    update: isAdmin,
  },
  admin: {
    defaultColumns: ['name', 'kind', 'members', 'editors', 'active'],
    group: adminGroup,
    useAsTitle: 'name',
  },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' }, required: true, unique: true },
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'region',
      label: { en: 'Kind', fr: 'Type' },
      options: selectOptions(networkKinds, networkKindLabels),
      required: true,
    },
    { name: 'description', type: 'textarea', label: { en: 'Description', fr: 'Description' } },
    {
      name: 'members',
      type: 'relationship',
      filterOptions: { roles: { in: ['referent'] } },
      hasMany: true,
      label: { en: 'Referents', fr: 'Référents' },
      relationTo: slugs.users,
      validate: validateUsersHaveRole({
        message: 'plugin-ambassadors:memberNotReferent',
        roles: ['referent'],
        usersSlug: slugs.users,
      }),
    },
    {
      name: 'editors',
      type: 'relationship',
      admin: {
        description: {
          en: 'Editors who receive this network’s suggestions. With none, they go to the admins.',
          fr: 'Éditeurs qui reçoivent les suggestions du réseau. À défaut, elles vont aux administrateurs.',
        },
      },
      filterOptions: { roles: { in: ['editor', 'admin'] } },
      hasMany: true,
      label: { en: 'Editors', fr: 'Éditeurs' },
      relationTo: slugs.users,
      validate: validateUsersHaveRole({
        message: 'plugin-ambassadors:memberNotEditor',
        roles: ['editor', 'admin'],
        usersSlug: slugs.users,
      }),
    },
    {
      name: 'themes',
      type: 'relationship',
      hasMany: true,
      label: { en: 'Themes covered', fr: 'Thématiques couvertes' },
      relationTo: slugs.themes,
    },
    {
      name: 'active',
      type: 'checkbox',
      admin: { position: 'sidebar' },
      defaultValue: true,
      label: { en: 'Active', fr: 'Actif' },
    },
  ],
  labels: {
    plural: { en: 'Referent networks', fr: 'Réseaux de référents' },
    singular: { en: 'Referent network', fr: 'Réseau de référents' },
  },
})

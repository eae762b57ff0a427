import type { CollectionConfig } from 'payload'

import { slugifyThemeName } from '../../hooks/slugifyThemeName.ts'
import { validateHexColor } from '../../validation/validateHexColor.ts'
import { validateThemeParent } from '../../validation/validateThemeParent.ts'
import { validateThemeSlug } from '../../validation/validateThemeSlug.ts'
import { adminGroup, type CollectionFactoryArgs } from '../types.ts'

export const createThemesCollection = ({
  enabled, slugs,
  predicates: { isEditorOrAdmin, isStaff },
}: CollectionFactoryArgs<'enabled' | 'slugs'>): CollectionConfig => ({
  slug: slugs.themes,
  access: {
    create: isEditorOrAdmin,
    delete: isEditorOrAdmin,
    read: isStaff,
    update: isEditorOrAdmin,
  },
  admin: {
    defaultColumns: ['name', 'slug', 'parent', 'targetShare', 'active'],
    group: adminGroup,
    useAsTitle: 'name',
  },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' }, localized: true, required: true },
    {
      name: 'slug',
      type: 'text',
      admin: { description: { en: 'Filled from the name when left empty.', fr: 'Déduit du nom si vide.' } },
      index: true,
      label: { en: 'Slug', fr: 'Identifiant' },
      unique: true,
      validate: validateThemeSlug,
    },
    {
      name: 'description',
      type: 'textarea',
      label: { en: 'Description', fr: 'Description' },
      localized: true,
    },
    {
      name: 'parent',
      type: 'relationship',
      label: { en: 'Parent theme', fr: 'Thématique parente' },
      relationTo: slugs.themes,
      validate: validateThemeParent(slugs.themes),
    },
    {
      name: 'targetShare',
      type: 'number',
      admin: {
        description: {
          en: 'Share of the content mix this theme should reach, in %.',
          fr: 'Part du mix de contenus visée pour cette thématique, en %.',
        },
      },
      label: { en: 'Target share (%)', fr: 'Part visée (%)' },
      max: 100,
      min: 0,
    },
    {
      name: 'color',
      type: 'text',
      admin: { placeholder: '#1d4ed8' },
      label: { en: 'Colour', fr: 'Couleur' },
      validate: validateHexColor,
    },
    {
      name: 'editors',
      type: 'relationship',
      admin: {
        description: {
          en: 'Editors who also receive the suggestions on this theme.',
          fr: 'Éditeurs qui reçoivent aussi les suggestions sur cette thématique.',
        },
      },
      filterOptions: { roles: { in: ['editor', 'admin'] } },
      hasMany: true,
      label: { en: 'Theme editors', fr: 'Éditeurs de la thématique' },
      relationTo: slugs.users,
    },
    {
      name: 'active',
      type: 'checkbox',
      admin: { position: 'sidebar' },
      defaultValue: true,
      label: { en: 'Active', fr: 'Active' },
    },
  ],
  hooks: enabled ? { beforeValidate: [slugifyThemeName] } : {},
  labels: {
    plural: { en: 'Themes', fr: 'Thématiques' },
    singular: { en: 'Theme', fr: 'Thématique' },
  },
})

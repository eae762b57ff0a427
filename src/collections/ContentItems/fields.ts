import type { Access, Field } from 'payload'

import {
  contentCategories,
  contentStages,
  languages,
  socialNetworks,
} from '../../defaults.ts'
import { selectOptions } from '../../utilities/selectOptions.ts'
import { validateEndAfterStart } from '../../validation/validateEndAfterStart.ts'
import { validateHttpUrl } from '../../validation/validateHttpUrl.ts'
import { validateShareText } from '../../validation/validateShareText.ts'

export const stageLabels = {
  approved: { en: 'Approved', fr: 'Validé' },
  archived: { en: 'Archived', fr: 'Archivé' },
  'changes-requested': { en: 'Changes requested', fr: 'Modifications demandées' },
  'in-review': { en: 'In review', fr: 'En relecture' },
  rejected: { en: 'Rejected', fr: 'Refusé' },
  suggested: { en: 'Suggested', fr: 'Suggéré' },
}

export const categoryLabels = {
  programme: { en: 'Made for the programme', fr: 'Conçu pour le programme' },
  relay: { en: 'Company publication relayed', fr: "Publication de l'entreprise relayée" },
}

export const languageLabels = {
  en: { en: 'English', fr: 'Anglais' },
  fr: { en: 'French', fr: 'Français' },
}

export const socialNetworkLabels = {
  facebook: { en: 'Facebook', fr: 'Facebook' },
  linkedin: { en: 'LinkedIn', fr: 'LinkedIn' },
  other: { en: 'Other', fr: 'Autre' },
  x: { en: 'X (Twitter)', fr: 'X (Twitter)' },
}

type ContentFieldsArgs = {
  canManage: Access
  slugs: { media: false | string; referentNetworks: string; themes: string; users: string }
}

/** The content library's fields. `canManage` guards the fields only editors and admins may set. */
export const createContentItemFields = ({ canManage, slugs }: ContentFieldsArgs): Field[] => {
  const editorsOnly = {
    create: canManage as never,
    update: canManage as never,
  }
  return [
    { name: 'title', type: 'text', label: { en: 'Title', fr: 'Titre' }, maxLength: 200, required: true },
    {
      name: 'summary',
      type: 'textarea',
      label: { en: 'Summary', fr: 'Résumé' },
      maxLength: 600,
    },
    { name: 'body', type: 'richText', label: { en: 'Body', fr: 'Corps' } },
    {
      name: 'link',
      type: 'text',
      admin: { placeholder: 'https://' },
      label: { en: 'Canonical link', fr: 'Lien canonique' },
      validate: validateHttpUrl,
    },
    ...(slugs.media
      ? [
          {
            name: 'image',
            type: 'upload',
            label: { en: 'Image', fr: 'Image' },
            relationTo: slugs.media,
          } as Field,
        ]
      : []),
    {
      name: 'shareTexts',
      type: 'array',
      admin: {
        description: {
          en: 'Ready-to-share posts, one per network, within each network’s length limit.',
          fr: 'Textes prêts à partager, un par réseau, dans la limite de longueur de chacun.',
        },
      },
      fields: [
        {
          name: 'network',
          type: 'select',
          defaultValue: 'linkedin',
          label: { en: 'Network', fr: 'Réseau social' },
          options: selectOptions(socialNetworks, socialNetworkLabels),
          required: true,
        },
        {
          name: 'text',
          type: 'textarea',
          label: { en: 'Text', fr: 'Texte' },
          required: true,
          validate: validateShareText,
        },
      ],
      label: { en: 'Share texts', fr: 'Textes de partage' },
      labels: {
        plural: { en: 'Share texts', fr: 'Textes de partage' },
        singular: { en: 'Share text', fr: 'Texte de partage' },
      },
    },
    {
      name: 'category',
      type: 'select',
      defaultValue: 'programme',
      label: { en: 'Category', fr: 'Catégorie' },
      options: selectOptions(contentCategories, categoryLabels),
      required: true,
    },
    {
      name: 'themes',
      type: 'relationship',
      hasMany: true,
      label: { en: 'Themes', fr: 'Thématiques' },
      relationTo: slugs.themes,
    },
    {
      name: 'stage',
      type: 'select',
      access: { update: canManage as never },
      admin: { position: 'sidebar' },
      defaultValue: 'suggested',
      index: true,
      label: { en: 'Stage', fr: 'Étape' },
      options: selectOptions(contentStages, stageLabels),
      required: true,
    },
    {
      name: 'network',
      type: 'relationship',
      admin: { position: 'sidebar' },
      index: true,
      label: { en: 'Referent network', fr: 'Réseau de référents' },
      relationTo: slugs.referentNetworks,
    },
    {
      name: 'language',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'fr',
      label: { en: 'Language', fr: 'Langue' },
      options: selectOptions(languages, languageLabels),
      required: true,
    },
    {
      name: 'validFrom',
      type: 'date',
      admin: { position: 'sidebar' },
      label: { en: 'Valid from', fr: 'Valable à partir du' },
    },
    {
      name: 'validUntil',
      type: 'date',
      admin: { position: 'sidebar' },
      label: { en: 'Valid until', fr: "Valable jusqu'au" },
      validate: validateEndAfterStart('validFrom'),
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      access: editorsOnly,
      admin: { position: 'sidebar' },
      index: true,
      label: { en: 'Submitted by', fr: 'Proposé par' },
      relationTo: slugs.users,
    },
    {
      name: 'assignee',
      type: 'relationship',
      access: editorsOnly,
      admin: { position: 'sidebar' },
      index: true,
      label: { en: 'Assignee', fr: 'Responsable' },
      relationTo: slugs.users,
    },
    {
      name: 'dueDate',
      type: 'date',
      access: editorsOnly,
      admin: { position: 'sidebar' },
      label: { en: 'Due date', fr: 'Échéance' },
    },
  ]
}

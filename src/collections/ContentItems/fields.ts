import type { Field, FieldAccess } from 'payload'

import {
  contentCategories,
  languages,
  socialNetworks,
} from '../../defaults.ts'
import { contentStages, stageLabels } from '../../workflow/stages.ts'
import { hasRole } from '../../access/hasRole.ts'
import { keepItemNetwork } from '../../hooks/keepItemNetwork.ts'
import { languageLabels, socialNetworkLabels } from '../../fields/optionLabels.ts'
import { selectOptions } from '../../utilities/selectOptions.ts'
import { validateEndAfterStart } from '../../validation/validateEndAfterStart.ts'
import { validateHttpUrl } from '../../validation/validateHttpUrl.ts'
import { validateShareText } from '../../validation/validateShareText.ts'
import { dayAndTime, dayOnly } from '../../fields/dateAppearance.ts'

export const categoryLabels = {
  programme: { en: 'Made for the programme', fr: 'Conçu pour le programme' },
  relay: { en: 'Company publication relayed', fr: "Publication de l'entreprise relayée" },
}

type ContentFieldsArgs = {
  canManage: FieldAccess
  slugs: {
    contentActivities: string
    contentItems: string
    media: false | string
    referentNetworks: string
    themes: string
    users: string
  }
}

/** The content library's fields. `canManage` guards the fields only editors and admins may set. */
export const createContentItemFields = ({ canManage, slugs }: ContentFieldsArgs): Field[] => {
  const editorsOnly = {
    create: canManage,
    update: canManage,
  }
  // Written by the plugin's hooks only; readable by whoever reads the item.
  const systemOnly = { create: () => false, update: () => false }
  const actionSlugs = {
    contentItems: slugs.contentItems,
    referentNetworks: slugs.referentNetworks,
    themes: slugs.themes,
    users: slugs.users,
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
          admin: { components: { afterInput: ['payload-plugin-ambassadors/client#ShareTextCounter'] } },
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
      // The decisions open to the signed-in user, as buttons (the stage itself is read-only here).
      name: 'workflowActions',
      type: 'ui',
      admin: {
        components: {
          Field: {
            path: 'payload-plugin-ambassadors/rsc#WorkflowActions',
            serverProps: { slugs: actionSlugs },
          },
        },
        position: 'sidebar',
      },
      label: { en: 'Editorial workflow', fr: 'Circuit de validation' },
    },
    {
      name: 'stage',
      type: 'select',
      admin: {
        description: {
          en: 'Moved by the workflow’s actions above; each move is checked and logged.',
          fr: 'Modifiée par les actions du circuit ci-dessus ; chaque changement est vérifié et historisé.',
        },
        position: 'sidebar',
        readOnly: true,
      },
      defaultValue: 'suggested',
      index: true,
      label: { en: 'Stage', fr: 'Étape' },
      options: selectOptions(contentStages, stageLabels),
      required: true,
    },
    {
      name: 'stageComment',
      type: 'textarea',
      admin: {
        description: {
          en: 'Why you move it (required to request changes or reject). Sent to the person who submitted it.',
          fr: 'Pourquoi vous le faites avancer (obligatoire pour demander des modifications ou refuser). Envoyé à la personne qui l’a proposé.',
        },
        // Asked by the actions' dialog in the admin; still written with `stage` over the APIs.
        hidden: true,
        position: 'sidebar',
      },
      label: { en: 'Comment for this decision', fr: 'Commentaire de la décision' },
    },
    {
      name: 'latestComment',
      type: 'textarea',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Latest comment', fr: 'Dernier commentaire' },
    },
    {
      name: 'network',
      type: 'relationship',
      admin: { position: 'sidebar' },
      // A referent picks among their own networks; editors and admins among all.
      filterOptions: ({ user }) =>
        hasRole(user, 'referent', slugs.users) &&
        !hasRole(user, 'editor', slugs.users) &&
        !hasRole(user, 'admin', slugs.users)
          ? { members: { equals: user!.id } }
          : true,
      hooks: { beforeChange: [keepItemNetwork(slugs)] },
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
      admin: { ...dayOnly, position: 'sidebar' },
      label: { en: 'Valid from', fr: 'Valable à partir du' },
    },
    {
      name: 'validUntil',
      type: 'date',
      admin: { ...dayOnly, position: 'sidebar' },
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
      admin: { ...dayOnly, position: 'sidebar' },
      index: true,
      label: { en: 'Due date', fr: 'Échéance' },
    },
    {
      name: 'routedTo',
      type: 'relationship',
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true },
      hasMany: true,
      index: true,
      label: { en: 'Routed to', fr: 'Transmis à' },
      relationTo: slugs.users,
    },
    {
      name: 'isRoutedToAdmins',
      type: 'checkbox',
      access: systemOnly,
      admin: {
        condition: (data) => Boolean(data?.isRoutedToAdmins),
        description: {
          en: 'Its network has no editor: it went to the admins.',
          fr: 'Son réseau n’a pas d’éditeur : il a été transmis aux administrateurs.',
        },
        position: 'sidebar',
        readOnly: true,
      },
      label: { en: 'Routed to the admins', fr: 'Transmis aux administrateurs' },
    },
    {
      name: 'submittedAt',
      type: 'date',
      access: systemOnly,
      admin: { ...dayAndTime, position: 'sidebar', readOnly: true },
      label: { en: 'Submitted at', fr: 'Proposé le' },
    },
    {
      name: 'lastReminderOn',
      type: 'text',
      access: systemOnly,
      admin: { hidden: true },
    },
    {
      name: 'activity',
      type: 'join',
      admin: { allowCreate: false, defaultColumns: ['at', 'actor', 'fromStage', 'toStage', 'comment'] },
      collection: slugs.contentActivities,
      defaultSort: '-at',
      label: { en: 'Activity', fr: 'Historique' },
      on: 'contentItem',
    },
  ]
}

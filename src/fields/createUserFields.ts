import type { Field, FieldAccess } from 'payload'

import { languages, roles } from '../defaults.ts'
import { selectOptions } from '../utilities/selectOptions.ts'
import { translate } from '../utilities/translate.ts'
import { languageLabels } from './optionLabels.ts'

export const roleLabels = {
  admin: { en: 'Administrator', fr: 'Administrateur' },
  editor: { en: 'Communications editor', fr: 'Éditeur (communication)' },
  referent: { en: 'Referent', fr: 'Référent' },
}

/** Written by the plugin alone (its hooks, its confirmation endpoint, its SQL), never through the API. */
const pluginOnly = { create: () => false, update: () => false }

/**
 * The fields the plugin adds to the host's auth collection. Only admins grant roles. The verified
 * address (where test sends go) is read by its owner and the admins; the test-send log by nobody.
 */
export const createUserFields = ({ isAdmin, usersSlug }: { isAdmin: FieldAccess; usersSlug: string }): Field[] => [
  { name: 'name', type: 'text', label: { en: 'Display name', fr: 'Nom affiché' } },
  {
    name: 'roles',
    type: 'select',
    access: { create: isAdmin, update: isAdmin },
    admin: { position: 'sidebar' },
    hasMany: true,
    label: { en: 'Roles', fr: 'Rôles' },
    options: selectOptions(roles, roleLabels),
    required: true,
    saveToJWT: true,
    validate: (value: null | string[] | undefined, { req }: { req: Parameters<typeof translate>[0] }) =>
      (Array.isArray(value) && value.length > 0) || translate(req, 'plugin-ambassadors:rolesRequired'),
  },
  {
    name: 'language',
    type: 'select',
    admin: { position: 'sidebar' },
    defaultValue: 'fr',
    label: { en: 'Preferred language', fr: 'Langue préférée' },
    options: selectOptions(languages, languageLabels),
    required: true,
  },
  {
    name: 'suggestionEmails',
    type: 'select',
    admin: {
      description: {
        en: 'For suggestions in your networks that are not assigned to you (assigned ones are always emailed at once).',
        fr: 'Pour les suggestions de vos réseaux qui ne vous sont pas assignées (celles qui vous sont assignées sont toujours envoyées aussitôt).',
      },
      position: 'sidebar',
    },
    defaultValue: 'immediate',
    label: { en: 'Suggestion emails', fr: 'E-mails de suggestions' },
    options: [
      { label: { en: 'At once', fr: 'Immédiatement' }, value: 'immediate' },
      { label: { en: 'Daily digest', fr: 'Résumé quotidien' }, value: 'daily-digest' },
      { label: { en: 'None', fr: 'Aucun' }, value: 'none' },
    ],
    required: true,
  },
  {
    name: 'lastDigestSentAt',
    type: 'date',
    access: { create: () => false, update: () => false },
    admin: { hidden: true },
  },
  {
    name: 'verifiedEmail',
    type: 'email',
    access: {
      ...pluginOnly,
      read: (args) => isAdmin(args) || (args.req.user?.collection === usersSlug && String(args.req.user.id) === String(args.doc?.id)),
    },
    admin: {
      description: {
        en: 'Where your test sends go: the address the account was created with, or a new one once confirmed from its mailbox.',
        fr: 'Là où partent vos essais : l’adresse de création du compte, ou une nouvelle une fois confirmée depuis sa boîte.',
      },
      position: 'sidebar',
      readOnly: true,
    },
    label: { en: 'Verified address', fr: 'Adresse vérifiée' },
  },
  {
    // The times of the latest test sends, counted and written in one locked statement (src/database/testSendLog.ts).
    name: 'testSends',
    type: 'json',
    access: pluginOnly,
    hidden: true,
  },
]

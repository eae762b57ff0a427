import type { Role } from 'payload-plugin-ambassadors/types'

import { createDoc, createEach, type Id, type SeedContext } from './context.ts'

/** The demo accounts; every one signs in with this password. */
export const demoPassword = 'demo-ambassadeurs'

const userSpecs = [
  { key: 'admin', email: 'admin@ambassadeurs.example', name: 'Hélène Garnier', roles: ['admin'] },
  { key: 'editrice', email: 'editrice@ambassadeurs.example', name: 'Claire Dubois', roles: ['editor'] },
  { key: 'editeurRh', email: 'editeur.rh@ambassadeurs.example', name: 'Mathieu Roux', roles: ['editor'] },
  { key: 'referentLyon', email: 'referent.lyon@ambassadeurs.example', name: 'Julien Moreau', roles: ['referent'] },
  { key: 'referentNantes', email: 'referent.nantes@ambassadeurs.example', name: 'Élodie Le Gall', roles: ['referent'] },
  { key: 'referentParis', email: 'referente.paris@ambassadeurs.example', name: 'Inès Benali', roles: ['referent'] },
  { key: 'referentBordeaux', email: 'referent.bordeaux@ambassadeurs.example', name: 'Antoine Lacoste', roles: ['referent'] },
] as const satisfies readonly { key: string; email: string; name: string; roles: readonly Role[] }[]

export type UserKey = (typeof userSpecs)[number]['key']
export type UserIds = Record<UserKey, Id>

export const seedUsers = (ctx: SeedContext): Promise<UserIds> =>
  createEach(userSpecs, ({ email, name, roles }) =>
    createDoc(ctx, 'users', { email, language: 'fr', name, password: demoPassword, roles: [...roles] }),
  )

import type { AmbassadorFrequency, AmbassadorStatus, PhaseKind } from 'payload-plugin-ambassadors/types'

import { company, daysFromToday } from './company.ts'
import { createDoc, type SeedContext } from './context.ts'
import {
  frenchFirstNames,
  frenchLastNames,
  internationalFirstNames,
  internationalLastNames,
} from './names.ts'
import { type NetworkIds, regionNetworkKeys } from './networks.ts'
import { createRandom, type Random } from './random.ts'
import { type ThemeIds, type ThemeSlug, themeSlugs } from './themes.ts'

type Phase = PhaseKind
type Status = AmbassadorStatus

export type AmbassadorDraft = {
  consentAt: string
  email: string
  firstName: string
  frequency: AmbassadorFrequency
  hasBusinessLine: boolean
  language: 'en' | 'fr'
  lastName: string
  phase: Phase
  region: (typeof regionNetworkKeys)[number]
  status: Status
  themes: ThemeSlug[]
}

export const ambassadorCount = 200
const betaCount = 8
const primoCount = 60

const regionWeights = [['ara', 30], ['pdl', 25], ['idf', 30], ['na', 15]] as const
const frequencyWeights = [['twice-monthly', 70], ['monthly', 20], ['paused', 10]] as const
/** Beta ambassadors are all active; only recent recruits can still be pending. */
const statusWeights: Record<Phase, readonly (readonly [Status, number])[]> = {
  beta: [['active', 1]],
  continuous: [['active', 88], ['pending', 7], ['unsubscribed', 3], ['bounced', 2]],
  primo: [['active', 92], ['unsubscribed', 5], ['bounced', 3]],
}

/** The local part of an address: accents folded, lowercase, apostrophes dropped, spaces as hyphens. */
const emailPart = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

const uniqueEmail = (firstName: string, lastName: string, taken: Set<string>): string => {
  const base = `${emailPart(firstName)}.${emailPart(lastName)}`
  let email = `${base}@${company.domain}`
  for (let suffix = 2; taken.has(email); suffix++) {
    email = `${base}${suffix}@${company.domain}`
  }
  taken.add(email)
  return email
}

/** A moment between two ISO dates, during office hours. */
const between = (random: Random, from: string, to: string): string => {
  const start = Date.parse(from)
  const days = Math.max(0, Math.floor((Date.parse(to) - start) / 86_400_000))
  return new Date(start + random.int(0, days) * 86_400_000 + random.int(7 * 60, 19 * 60) * 60_000).toISOString()
}

/**
 * Earlier recruits re-consented when the privacy notice changed in September 2026; continuous recruits
 * joined since; pending ones signed up in the last days and have not confirmed yet.
 */
const consentWindow = (phase: Phase, status: Status): [string, string] =>
  status === 'pending'
    ? [daysFromToday(-10, 0), daysFromToday(-1, 0)]
    : phase === 'continuous'
      ? ['2026-09-07T00:00:00.000Z', daysFromToday(-11, 0)]
      : ['2026-09-01T00:00:00.000Z', '2026-09-30T00:00:00.000Z']

const phaseOf = (index: number): Phase =>
  index < betaCount ? 'beta' : index < betaCount + primoCount ? 'primo' : 'continuous'

/** The same 200 ambassadors on every run: the PRNG is seeded. */
export const draftAmbassadors = (count = ambassadorCount, random = createRandom(20261123)): AmbassadorDraft[] => {
  const taken = new Set<string>()
  return Array.from({ length: count }, (_, index) => {
    const language = random.next() < 0.1 ? 'en' : 'fr'
    const firstName = random.pick(language === 'en' ? internationalFirstNames : frenchFirstNames)
    const lastName = random.pick(language === 'en' ? internationalLastNames : frenchLastNames)
    const phase = phaseOf(index)
    const status = random.weighted(statusWeights[phase])
    return {
      consentAt: between(random, ...consentWindow(phase, status)),
      email: uniqueEmail(firstName, lastName, taken),
      firstName,
      frequency: random.weighted(frequencyWeights),
      hasBusinessLine: random.next() < 0.3,
      language,
      lastName,
      phase,
      region: random.weighted(regionWeights),
      status,
      themes: random.sample(themeSlugs, random.int(1, 3)),
    }
  })
}

export const seedAmbassadors = async (
  ctx: SeedContext,
  networks: NetworkIds,
  themes: ThemeIds,
): Promise<number> => {
  const drafts = draftAmbassadors()
  for (const draft of drafts) {
    await createDoc(ctx, 'ambassadors', {
      businessLineNetwork: draft.hasBusinessLine ? networks.enr : null,
      consent: { at: draft.consentAt, noticeVersion: '2026-09', source: 'form' },
      email: draft.email,
      firstName: draft.firstName,
      frequency: draft.frequency,
      language: draft.language,
      lastName: draft.lastName,
      phase: draft.phase,
      regionNetwork: networks[draft.region],
      status: draft.status,
      themes: draft.themes.map((slug) => themes[slug]),
    })
  }
  return drafts.length
}

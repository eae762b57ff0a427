import type { CalendarPhase, PhaseKind } from '../calendar/types.ts'

import { storedDay } from '../calendar/days.ts'

type Id = number | string

/** An approved content item valid on the send date and not sent before, as selection reads it. */
export type CandidateItem = {
  category: 'programme' | 'relay'
  /** Newer first among equals: when it was submitted or approved, in ms. */
  freshness: number
  id: Id
  language: string
  network?: Id | null
  networkKind?: 'business-line' | 'region' | 'sector' | null
  themes: Id[]
}

export type ThemeInfo = { id: Id; parent?: Id | null; targetShare?: null | number }

/** An ambassador as the audience computation reads them. */
export type AudienceMember = {
  businessLineNetwork?: Id | null
  frequency: 'monthly' | 'paused' | 'twice-monthly'
  id: Id
  language: string
  /** `YYYY-MM` of the last issue sent to them, for the monthly frequency. */
  lastIssueMonth?: null | string
  phase?: null | PhaseKind
  regionNetwork?: Id | null
  status: string
  themes: Id[]
}

/** Ambassadors who get the same email: same language, networks and preferred themes. */
export type Segment = {
  ambassadors: Id[]
  businessLineNetwork: Id | null
  key: string
  language: string
  regionNetwork: Id | null
  themes: Id[]
}

export type AudienceResult = {
  excluded: { inactive: number; monthlyAlreadySent: number; paused: number; phaseNotStarted: number }
  segments: Segment[]
}

const idKey = (id: Id | null | undefined) => (id === null || id === undefined ? '-' : String(id))

/**
 * Who receives an issue sent on `sendDate`, grouped into segments: active ambassadors, not paused, whose
 * cohort's phase has started (beta first, then primo, then continuous; no phase of their kind in the
 * calendar, or no phase at all, and they receive as soon as active), at most once a month for the
 * monthly frequency.
 */
export const segmentAudience = (
  members: AudienceMember[],
  { phases, sendDate }: { phases: CalendarPhase[]; sendDate: string },
): AudienceResult => {
  const sendDay = sendDate.slice(0, 10)
  const started = new Map<PhaseKind, boolean>()
  for (const phase of phases) {
    const hasStarted = storedDay(phase.start) <= sendDay
    started.set(phase.kind, (started.get(phase.kind) ?? false) || hasStarted)
  }
  const excluded = { inactive: 0, monthlyAlreadySent: 0, paused: 0, phaseNotStarted: 0 }
  const segments = new Map<string, Segment>()
  for (const member of members) {
    if (member.status !== 'active') {
      excluded.inactive++
      continue
    }
    if (member.frequency === 'paused') {
      excluded.paused++
      continue
    }
    if (member.phase && started.get(member.phase) === false) {
      excluded.phaseNotStarted++
      continue
    }
    if (member.frequency === 'monthly' && member.lastIssueMonth === sendDay.slice(0, 7)) {
      excluded.monthlyAlreadySent++
      continue
    }
    const themes = [...new Set(member.themes.map(String))].sort()
    const key = [member.language, idKey(member.regionNetwork), idKey(member.businessLineNetwork), themes.join('+') || '*'].join('|')
    let segment = segments.get(key)
    if (!segment) {
      segment = {
        ambassadors: [],
        businessLineNetwork: member.businessLineNetwork ?? null,
        key,
        language: member.language,
        regionNetwork: member.regionNetwork ?? null,
        themes: member.themes,
      }
      segments.set(key, segment)
    }
    segment.ambassadors.push(member.id)
  }
  return { excluded, segments: [...segments.values()] }
}

/**
 * Whether a segment gets an item: in its language; a programme item, or a relay from one of its
 * networks, or from a sector network (ambassadors carry no sector: those go to everyone).
 */
export const isItemForSegment = (item: CandidateItem, segment: Pick<Segment, 'businessLineNetwork' | 'language' | 'regionNetwork'>) => {
  if (item.language !== segment.language) {
    return false
  }
  if (item.category === 'programme' || item.network === null || item.network === undefined || item.networkKind === 'sector') {
    return true
  }
  return String(item.network) === idKey(segment.regionNetwork) || String(item.network) === idKey(segment.businessLineNetwork)
}

/** A theme's base theme: the top of its parent chain. */
const baseThemeOf = (themes: Map<string, ThemeInfo>) => (id: Id): string => {
  let current = themes.get(String(id))
  const seen = new Set<string>()
  while (current?.parent !== null && current?.parent !== undefined && !seen.has(String(current.id))) {
    seen.add(String(current.id))
    const parent = themes.get(String(current.parent))
    if (!parent) {
      break
    }
    current = parent
  }
  return String(current?.id ?? id)
}

/**
 * Up to `cap` items for one segment: first one item per base theme that has content (the themes with
 * the largest target share first), then, slot by slot, the base theme furthest below its target share.
 * Within a theme, items matching the segment's preferred themes come first, then the freshest.
 */
export const pickItems = (
  eligible: CandidateItem[],
  { cap, preferredThemes, themes }: { cap: number; preferredThemes: Id[]; themes: ThemeInfo[] },
): Id[] => {
  const byId = new Map(themes.map((theme) => [String(theme.id), theme]))
  const baseOf = baseThemeOf(byId)
  const preferred = new Set(preferredThemes.map(String))
  const preferredBases = new Set([...preferred].map(baseOf))
  const isPreferred = (item: CandidateItem) =>
    item.themes.some((theme) => preferred.has(String(theme)) || preferredBases.has(baseOf(theme)))
  const ranked = [...eligible].sort(
    (a, b) => Number(isPreferred(b)) - Number(isPreferred(a)) || b.freshness - a.freshness || String(a.id).localeCompare(String(b.id)),
  )
  const queues = new Map<string, CandidateItem[]>()
  for (const item of ranked) {
    const base = item.themes.length > 0 ? baseOf(item.themes[0]!) : '-'
    queues.set(base, [...(queues.get(base) ?? []), item])
  }
  const share = (base: string) => byId.get(base)?.targetShare ?? 0
  const bases = [...queues.keys()].sort((a, b) => share(b) - share(a) || a.localeCompare(b))
  const picked: CandidateItem[] = []
  const counts = new Map<string, number>()
  const take = (base: string) => {
    const item = queues.get(base)?.shift()
    if (item) {
      picked.push(item)
      counts.set(base, (counts.get(base) ?? 0) + 1)
    }
  }
  for (const base of bases) {
    if (picked.length < cap) {
      take(base)
    }
  }
  const totalShare = bases.reduce((sum, base) => sum + share(base), 0)
  while (picked.length < cap && bases.some((base) => (queues.get(base)?.length ?? 0) > 0)) {
    const open = bases.filter((base) => (queues.get(base)?.length ?? 0) > 0)
    const deficit = (base: string) =>
      (totalShare > 0 ? share(base) / totalShare : 1 / open.length) * (picked.length + 1) - (counts.get(base) ?? 0)
    const next = open.reduce((best, base) => (deficit(base) > deficit(best) ? base : best))
    take(next)
  }
  return picked.map((item) => item.id)
}

/**
 * The issue's items: each segment's pick, merged in the order they were first picked (the editor
 * reorders or drops them afterwards), and what each segment got.
 */
export const buildIssuePool = (
  candidates: CandidateItem[],
  segments: Segment[],
  { cap, themes }: { cap: number; themes: ThemeInfo[] },
): { bySegment: Map<string, Id[]>; pool: Id[] } => {
  const bySegment = new Map<string, Id[]>()
  const pool: Id[] = []
  const inPool = new Set<string>()
  for (const segment of segments) {
    const eligible = candidates.filter((item) => isItemForSegment(item, segment))
    const ids = pickItems(eligible, { cap, preferredThemes: segment.themes, themes })
    bySegment.set(segment.key, ids)
    for (const id of ids) {
      if (!inPool.has(String(id))) {
        inPool.add(String(id))
        pool.push(id)
      }
    }
  }
  return { bySegment, pool }
}

/**
 * What one segment receives from the issue's (editor-ordered) items: those meant for it, in the
 * issue's order; over `cap`, the ones outside its preferred themes go first.
 */
export const itemsForSegment = (
  poolItems: CandidateItem[],
  segment: Pick<Segment, 'businessLineNetwork' | 'language' | 'regionNetwork' | 'themes'>,
  { cap, themes }: { cap: number; themes: ThemeInfo[] },
): CandidateItem[] => {
  const eligible = poolItems.filter((item) => isItemForSegment(item, segment))
  if (eligible.length <= cap) {
    return eligible
  }
  const byId = new Map(themes.map((theme) => [String(theme.id), theme]))
  const baseOf = baseThemeOf(byId)
  const preferred = new Set(segment.themes.map(String))
  const preferredBases = new Set([...preferred].map(baseOf))
  const keep = new Set(
    eligible
      .map((item, index) => ({
        index,
        item,
        preferred: item.themes.some((theme) => preferred.has(String(theme)) || preferredBases.has(baseOf(theme))),
      }))
      .sort((a, b) => Number(b.preferred) - Number(a.preferred) || a.index - b.index)
      .slice(0, cap)
      .map(({ item }) => item),
  )
  return eligible.filter((item) => keep.has(item))
}

/** A segment as the issue keeps it: who gets the same email, and which items it holds. */
export type ContentSegment = Pick<Segment, 'businessLineNetwork' | 'key' | 'language' | 'regionNetwork' | 'themes'> & {
  audience: number
  items: Id[]
}

/**
 * Segments that get the same items in the same language get the same email: they are kept as one (the
 * first one's networks and themes stand for the group), so an issue has as many segments as distinct
 * emails, not as many as combinations of networks and preferences.
 */
export const mergeSegmentsByContent = (segments: Segment[], bySegment: Map<string, Id[]>): ContentSegment[] => {
  const merged = new Map<string, ContentSegment>()
  for (const segment of segments) {
    const items = bySegment.get(segment.key) ?? []
    const key = `${segment.language}|${items.map(String).join(',')}`
    const existing = merged.get(key)
    if (existing) {
      existing.audience += segment.ambassadors.length
      continue
    }
    merged.set(key, {
      audience: segment.ambassadors.length,
      businessLineNetwork: segment.businessLineNetwork,
      items,
      key: segment.key,
      language: segment.language,
      regionNetwork: segment.regionNetwork,
      themes: segment.themes,
    })
  }
  return [...merged.values()].sort((a, b) => b.audience - a.audience)
}

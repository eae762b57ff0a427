import { describe, expect, it } from 'vitest'

import type { CalendarPhase, PhaseKind } from '../../src/calendar/types.ts'
import type { AudienceMember, CandidateItem, Segment, ThemeInfo } from '../../src/newsletter/selection.ts'

import {
  buildIssuePool,
  isItemForSegment,
  itemsForSegment,
  mergeSegmentsByContent,
  pickItems,
  segmentAudience,
} from '../../src/newsletter/selection.ts'

type Id = number | string

const member = (id: Id, overrides: Partial<AudienceMember> = {}): AudienceMember => ({
  frequency: 'twice-monthly',
  id,
  language: 'fr',
  status: 'active',
  themes: [],
  ...overrides,
})

const item = (id: Id, overrides: Partial<CandidateItem> = {}): CandidateItem => ({
  category: 'programme',
  freshness: 0,
  id,
  language: 'fr',
  themes: [],
  ...overrides,
})

/** Payload's date picker stores a day as 12:00 UTC. */
const phase = (kind: PhaseKind, day: string): CalendarPhase => ({ kind, name: kind, start: `${day}T12:00:00.000Z` })

const segment = (key: string, ambassadors: Id[], overrides: Partial<Segment> = {}): Segment => ({
  ambassadors,
  businessLineNetwork: null,
  key,
  language: 'fr',
  regionNetwork: null,
  themes: [],
  ...overrides,
})

/** `count` items of one theme, freshest first (ids `prefix-1`, `prefix-2`, …). */
const itemsOf = (prefix: string, theme: Id, count: number): CandidateItem[] =>
  Array.from({ length: count }, (_, index) => item(`${prefix}-${index + 1}`, { freshness: 100 - index, themes: [theme] }))

/** How many picked ids start with each prefix. */
const countByPrefix = (ids: Id[]) =>
  ids.reduce<Record<string, number>>((counts, id) => {
    const prefix = String(id).split('-')[0]!
    return { ...counts, [prefix]: (counts[prefix] ?? 0) + 1 }
  }, {})

const sendDate = '2025-03-10T07:00:00.000Z'

const ambassadorsOf = (members: AudienceMember[], options: { phases: CalendarPhase[]; sendDate: string }) =>
  segmentAudience(members, options).segments.flatMap((each) => each.ambassadors)

describe('segmentAudience: phases', () => {
  it('should include an ambassador whose phase starts on the send day', () => {
    const result = segmentAudience([member(1, { phase: 'beta' })], { phases: [phase('beta', '2025-03-10')], sendDate })
    expect(result.segments.flatMap((each) => each.ambassadors)).toEqual([1])
    expect(result.excluded.phaseNotStarted).toBe(0)
  })

  it('should exclude an ambassador whose phase starts the day after the send day', () => {
    const result = segmentAudience([member(1, { phase: 'beta' })], { phases: [phase('beta', '2025-03-11')], sendDate })
    expect(result.segments).toEqual([])
    expect(result.excluded.phaseNotStarted).toBe(1)
  })

  it('should include beta and exclude primo while only the beta phase has started', () => {
    const phases = [phase('beta', '2025-02-01'), phase('primo', '2025-04-01'), phase('continuous', '2025-06-01')]
    const members = [member('b', { phase: 'beta' }), member('p', { phase: 'primo' }), member('c', { phase: 'continuous' })]
    expect(ambassadorsOf(members, { phases, sendDate })).toEqual(['b'])
  })

  it('should include every cohort once continuous recruiting has started', () => {
    const phases = [phase('beta', '2025-01-01'), phase('primo', '2025-02-01'), phase('continuous', '2025-03-01')]
    const members = [member('b', { phase: 'beta' }), member('p', { phase: 'primo' }), member('c', { phase: 'continuous' })]
    expect(ambassadorsOf(members, { phases, sendDate })).toEqual(['b', 'p', 'c'])
  })

  it('should include an ambassador in no phase as soon as active, even before any phase has started', () => {
    const members = [member('none'), member('null', { phase: null })]
    expect(ambassadorsOf(members, { phases: [phase('beta', '2025-12-01')], sendDate })).toEqual(['none', 'null'])
  })

  it('should include an ambassador whose phase kind has no phase in the calendar', () => {
    expect(ambassadorsOf([member('p', { phase: 'primo' })], { phases: [phase('beta', '2025-12-01')], sendDate })).toEqual(['p'])
  })

  it('should include an ambassador when one of several phases of their kind has started', () => {
    const phases = [phase('primo', '2025-05-01'), phase('primo', '2025-03-01')]
    expect(ambassadorsOf([member('p', { phase: 'primo' })], { phases, sendDate })).toEqual(['p'])
  })
})

describe('segmentAudience: status and frequency', () => {
  it('should exclude pending, unsubscribed and bounced ambassadors as inactive', () => {
    const members = [member(1, { status: 'pending' }), member(2, { status: 'unsubscribed' }), member(3, { status: 'bounced' }), member(4)]
    const result = segmentAudience(members, { phases: [], sendDate })
    expect(result.segments.flatMap((each) => each.ambassadors)).toEqual([4])
    expect(result.excluded.inactive).toBe(3)
  })

  it('should exclude a paused ambassador', () => {
    const result = segmentAudience([member(1, { frequency: 'paused' })], { phases: [], sendDate })
    expect(result.segments).toEqual([])
    expect(result.excluded.paused).toBe(1)
  })

  it('should exclude a monthly ambassador already served in the send month', () => {
    const result = segmentAudience([member(1, { frequency: 'monthly', lastIssueMonth: '2025-03' })], { phases: [], sendDate })
    expect(result.segments).toEqual([])
    expect(result.excluded.monthlyAlreadySent).toBe(1)
  })

  it('should include a monthly ambassador last served the month before', () => {
    const members = [member(1, { frequency: 'monthly', lastIssueMonth: '2025-02' }), member(2, { frequency: 'monthly', lastIssueMonth: null })]
    expect(ambassadorsOf(members, { phases: [], sendDate })).toEqual([1, 2])
  })

  it('should not limit a twice-monthly ambassador served earlier in the send month', () => {
    expect(ambassadorsOf([member(1, { lastIssueMonth: '2025-03' })], { phases: [], sendDate })).toEqual([1])
  })

  it('should count each excluded ambassador once, under its first reason', () => {
    const members = [
      member(1, { status: 'pending' }),
      member(2, { frequency: 'paused', status: 'bounced' }),
      member(3, { frequency: 'paused' }),
      member(4, { frequency: 'paused', phase: 'beta' }),
      member(5, { phase: 'beta' }),
      member(6, { frequency: 'monthly', lastIssueMonth: '2025-03', phase: 'beta' }),
      member(7, { frequency: 'monthly', lastIssueMonth: '2025-03' }),
      member(8),
    ]
    const result = segmentAudience(members, { phases: [phase('beta', '2025-04-01')], sendDate })
    expect(result.excluded).toEqual({ inactive: 2, monthlyAlreadySent: 1, paused: 2, phaseNotStarted: 2 })
    expect(result.segments.flatMap((each) => each.ambassadors)).toEqual([8])
  })
})

describe('segmentAudience: segments', () => {
  it('should group ambassadors with the same language, networks and themes in any order into one segment', () => {
    const members = [
      member(1, { businessLineNetwork: 'b1', regionNetwork: 'r1', themes: ['t1', 't2'] }),
      member(2, { businessLineNetwork: 'b1', regionNetwork: 'r1', themes: ['t2', 't1'] }),
    ]
    const { segments } = segmentAudience(members, { phases: [], sendDate })
    expect(segments).toHaveLength(1)
    expect(segments[0]).toMatchObject({ ambassadors: [1, 2], businessLineNetwork: 'b1', language: 'fr', regionNetwork: 'r1' })
  })

  it('should put ambassadors differing in language, region, business line or themes into separate segments', () => {
    const base = { businessLineNetwork: 'b1', regionNetwork: 'r1', themes: ['t1'] }
    const members = [
      member(1, base),
      member(2, { ...base, language: 'en' }),
      member(3, { ...base, regionNetwork: 'r2' }),
      member(4, { ...base, businessLineNetwork: 'b2' }),
      member(5, { ...base, themes: ['t1', 't2'] }),
      member(6, { ...base, regionNetwork: null }),
    ]
    const { segments } = segmentAudience(members, { phases: [], sendDate })
    expect(segments.map((each) => each.ambassadors)).toEqual([[1], [2], [3], [4], [5], [6]])
    expect(new Set(segments.map((each) => each.key)).size).toBe(6)
  })
})

describe('isItemForSegment', () => {
  const inRegion = { businessLineNetwork: 'b1', language: 'fr', regionNetwork: 'r1' }
  const elsewhere = { businessLineNetwork: 'b2', language: 'fr', regionNetwork: 'r2' }

  it('should give a programme item to every segment of its language', () => {
    expect([inRegion, elsewhere].map((each) => isItemForSegment(item(1), each))).toEqual([true, true])
  })

  it('should not give an item to a segment of another language', () => {
    const relay = item(1, { category: 'relay', language: 'en', network: 'r1', networkKind: 'region' })
    expect([isItemForSegment(item(2, { language: 'en' }), inRegion), isItemForSegment(relay, inRegion)]).toEqual([false, false])
  })

  it('should give a region relay only to segments of that region', () => {
    const relay = item(1, { category: 'relay', network: 'r1', networkKind: 'region' })
    expect([isItemForSegment(relay, inRegion), isItemForSegment(relay, elsewhere)]).toEqual([true, false])
  })

  it('should give a business-line relay only to segments of that business line', () => {
    const relay = item(1, { category: 'relay', network: 'b1', networkKind: 'business-line' })
    expect([isItemForSegment(relay, inRegion), isItemForSegment(relay, elsewhere)]).toEqual([true, false])
  })

  it('should match a numeric network id against the segment network', () => {
    const relay = item(1, { category: 'relay', network: 7, networkKind: 'region' })
    expect(isItemForSegment(relay, { businessLineNetwork: null, language: 'fr', regionNetwork: 7 })).toBe(true)
  })

  it('should not give a network relay to a segment without networks', () => {
    const relay = item(1, { category: 'relay', network: 'r1', networkKind: 'region' })
    expect(isItemForSegment(relay, { businessLineNetwork: null, language: 'fr', regionNetwork: null })).toBe(false)
  })

  it('should give a sector relay to every segment of its language', () => {
    const relay = item(1, { category: 'relay', network: 's1', networkKind: 'sector' })
    const noNetwork = { businessLineNetwork: null, language: 'fr', regionNetwork: null }
    expect([inRegion, elsewhere, noNetwork].map((each) => isItemForSegment(relay, each))).toEqual([true, true, true])
  })
})

describe('pickItems: target shares', () => {
  // Alphabetical order is the reverse of the share order, so ranking by share shows.
  const threeBases: ThemeInfo[] = [
    { id: 'watch', targetShare: 50 },
    { id: 'hr', targetShare: 30 },
    { id: 'corporate', targetShare: 20 },
  ]

  it('should split 10 slots 5/3/2 across base themes with target shares 50/30/20', () => {
    const eligible = [...itemsOf('c', 'corporate', 8), ...itemsOf('w', 'watch', 8), ...itemsOf('h', 'hr', 8)]
    const picked = pickItems(eligible, { cap: 10, preferredThemes: [], themes: threeBases })
    expect(countByPrefix(picked)).toEqual({ c: 2, h: 3, w: 5 })
  })

  it('should start with one item per base theme, largest target share first', () => {
    const eligible = [...itemsOf('c', 'corporate', 8), ...itemsOf('w', 'watch', 8), ...itemsOf('h', 'hr', 8)]
    const picked = pickItems(eligible, { cap: 10, preferredThemes: [], themes: threeBases })
    expect(picked.slice(0, 3)).toEqual(['w-1', 'h-1', 'c-1'])
  })

  it('should cover the base themes with the largest target shares when the cap is below the number of themes', () => {
    const eligible = [...itemsOf('c', 'corporate', 3), ...itemsOf('w', 'watch', 3), ...itemsOf('h', 'hr', 3)]
    expect(pickItems(eligible, { cap: 2, preferredThemes: [], themes: threeBases })).toEqual(['w-1', 'h-1'])
  })

  it('should cover every base theme with content even when one target share dwarfs the others', () => {
    const themes: ThemeInfo[] = [
      { id: 'A', targetShare: 90 },
      { id: 'B', targetShare: 5 },
      { id: 'C', targetShare: 5 },
    ]
    const eligible = [...itemsOf('a', 'A', 10), ...itemsOf('b', 'B', 10), ...itemsOf('c', 'C', 10)]
    expect(countByPrefix(pickItems(eligible, { cap: 10, preferredThemes: [], themes }))).toEqual({ a: 8, b: 1, c: 1 })
  })

  it('should skip a base theme without content and give its slots to the others', () => {
    const eligible = [...itemsOf('w', 'watch', 8), ...itemsOf('c', 'corporate', 8)]
    const picked = pickItems(eligible, { cap: 7, preferredThemes: [], themes: threeBases })
    expect(countByPrefix(picked)).toEqual({ c: 2, w: 5 })
  })

  it('should fill the remaining slots from other themes when a theme runs out', () => {
    const eligible = [...itemsOf('w', 'watch', 1), ...itemsOf('h', 'hr', 8), ...itemsOf('c', 'corporate', 8)]
    const picked = pickItems(eligible, { cap: 10, preferredThemes: [], themes: threeBases })
    expect(countByPrefix(picked)).toEqual({ c: 4, h: 5, w: 1 })
  })

  it('should return every item when fewer than the cap are eligible', () => {
    const eligible = [...itemsOf('w', 'watch', 2), ...itemsOf('h', 'hr', 1)]
    expect(pickItems(eligible, { cap: 10, preferredThemes: [], themes: threeBases })).toEqual(['w-1', 'h-1', 'w-2'])
  })

  it('should split evenly among base themes without target shares', () => {
    const themes: ThemeInfo[] = [{ id: 'A' }, { id: 'B', targetShare: null }]
    const eligible = [...itemsOf('a', 'A', 5), ...itemsOf('b', 'B', 5)]
    expect(countByPrefix(pickItems(eligible, { cap: 6, preferredThemes: [], themes }))).toEqual({ a: 3, b: 3 })
  })
})

describe('pickItems: theme hierarchy', () => {
  it("should count a child theme's items for its base theme", () => {
    const themes: ThemeInfo[] = [
      { id: 'A', targetShare: 80 },
      { id: 'A1', parent: 'A', targetShare: null },
      { id: 'A1x', parent: 'A1' },
      { id: 'B', targetShare: 20 },
    ]
    const eligible = [...itemsOf('a1', 'A1', 4), ...itemsOf('a1x', 'A1x', 4), ...itemsOf('b', 'B', 4)]
    // A1 and A1x as bases of their own (no share) would give B 3 of the 5 slots instead of 1.
    const picked = pickItems(eligible, { cap: 5, preferredThemes: [], themes })
    expect(picked.filter((id) => String(id).startsWith('a1')).length).toBe(4)
    expect(picked.filter((id) => String(id).startsWith('b')).length).toBe(1)
  })

  it("should rank a base theme whose content is all in child themes by the base theme's share", () => {
    const themes: ThemeInfo[] = [
      { id: 'A', targetShare: 50 },
      { id: 'B', targetShare: 30 },
      { id: 'B1', parent: 'B' },
      { id: 'C', targetShare: 20 },
    ]
    const eligible = [...itemsOf('a', 'A', 3), ...itemsOf('b1', 'B1', 3), ...itemsOf('c', 'C', 3)]
    expect(pickItems(eligible, { cap: 2, preferredThemes: [], themes })).toEqual(['a-1', 'b1-1'])
  })

  it('should terminate on a cycle in the parent chain and still pick its items', () => {
    const themes: ThemeInfo[] = [
      { id: 'X', parent: 'Y', targetShare: 50 },
      { id: 'Y', parent: 'X', targetShare: 50 },
      { id: 'Z', parent: 'X' },
      { id: 'S', parent: 'S' },
    ]
    const eligible = [item('x', { themes: ['X'] }), item('y', { themes: ['Y'] }), item('z', { themes: ['Z'] }), item('s', { themes: ['S'] })]
    expect([...pickItems(eligible, { cap: 10, preferredThemes: ['Z'], themes })].sort()).toEqual(['s', 'x', 'y', 'z'])
  })
})

describe('pickItems: order within a theme', () => {
  const themes: ThemeInfo[] = [
    { id: 'A', targetShare: 100 },
    { id: 'P', targetShare: 0 },
    { id: 'P1', parent: 'P' },
  ]

  it('should take the freshest items of a theme first', () => {
    const eligible = [item('old', { freshness: 1, themes: ['A'] }), item('new', { freshness: 3, themes: ['A'] }), item('mid', { freshness: 2, themes: ['A'] })]
    expect(pickItems(eligible, { cap: 3, preferredThemes: [], themes })).toEqual(['new', 'mid', 'old'])
  })

  it('should take an item matching a preferred theme before a fresher one', () => {
    const eligible = [item('fresh', { freshness: 9, themes: ['A'] }), item('liked', { freshness: 1, themes: ['A', 'P'] })]
    expect(pickItems(eligible, { cap: 1, preferredThemes: ['P'], themes })).toEqual(['liked'])
  })

  it('should treat an item in a child of a preferred base theme as preferred', () => {
    const eligible = [item('fresh', { freshness: 9, themes: ['A'] }), item('child', { freshness: 1, themes: ['A', 'P1'] })]
    expect(pickItems(eligible, { cap: 1, preferredThemes: ['P'], themes })).toEqual(['child'])
  })

  it('should order preferred items by freshness, then the others by freshness', () => {
    const eligible = [
      item('n-old', { freshness: 1, themes: ['A'] }),
      item('p-old', { freshness: 2, themes: ['A', 'P'] }),
      item('n-new', { freshness: 4, themes: ['A'] }),
      item('p-new', { freshness: 3, themes: ['A', 'P'] }),
    ]
    expect(pickItems(eligible, { cap: 4, preferredThemes: ['P'], themes })).toEqual(['p-new', 'p-old', 'n-new', 'n-old'])
  })
})

describe('buildIssuePool', () => {
  const themes: ThemeInfo[] = [{ id: 'A', targetShare: 100 }]
  const candidates = [
    item('p1', { freshness: 3, themes: ['A'] }),
    item('r1', { category: 'relay', freshness: 5, network: 'R1', networkKind: 'region', themes: ['A'] }),
    item('r2', { category: 'relay', freshness: 4, network: 'R2', networkKind: 'region', themes: ['A'] }),
    item('en', { freshness: 9, language: 'en', themes: ['A'] }),
  ]
  const segments = [segment('s1', [1], { regionNetwork: 'R1' }), segment('s2', [2], { regionNetwork: 'R2' })]

  it("should record each segment's pick", () => {
    const { bySegment } = buildIssuePool(candidates, segments, { cap: 2, themes })
    expect([...bySegment.entries()]).toEqual([
      ['s1', ['r1', 'p1']],
      ['s2', ['r2', 'p1']],
    ])
  })

  it('should pool the union of the picks in first-picked order, each item once', () => {
    expect(buildIssuePool(candidates, segments, { cap: 2, themes }).pool).toEqual(['r1', 'p1', 'r2'])
  })
})

describe('itemsForSegment', () => {
  const themes: ThemeInfo[] = [{ id: 'A' }, { id: 'P' }]
  const target = { businessLineNetwork: null, language: 'fr', regionNetwork: 'R1', themes: ['P'] }

  it('should keep the items meant for the segment in pool order', () => {
    const pool = [
      item('c'),
      item('other-region', { category: 'relay', network: 'R2', networkKind: 'region' }),
      item('a', { category: 'relay', network: 'R1', networkKind: 'region' }),
      item('english', { language: 'en' }),
      item('b'),
    ]
    expect(itemsForSegment(pool, target, { cap: 5, themes }).map(({ id }) => id)).toEqual(['c', 'a', 'b'])
  })

  it('should drop the non-preferred items first when over the cap, keeping pool order', () => {
    const pool = [
      item('n1', { themes: ['A'] }),
      item('p1', { themes: ['P'] }),
      item('n2', { themes: ['A'] }),
      item('p2', { themes: ['P'] }),
    ]
    expect(itemsForSegment(pool, target, { cap: 3, themes }).map(({ id }) => id)).toEqual(['n1', 'p1', 'p2'])
  })

  it('should keep only preferred items when they fill the cap', () => {
    const pool = [
      item('n1', { themes: ['A'] }),
      item('p1', { themes: ['P'] }),
      item('n2', { themes: ['A'] }),
      item('p2', { themes: ['P'] }),
    ]
    expect(itemsForSegment(pool, target, { cap: 2, themes }).map(({ id }) => id)).toEqual(['p1', 'p2'])
  })

  it('should drop the last preferred items in pool order when they alone exceed the cap', () => {
    const pool = [item('p1', { themes: ['P'] }), item('n1', { themes: ['A'] }), item('p2', { themes: ['P'] }), item('p3', { themes: ['P'] })]
    expect(itemsForSegment(pool, target, { cap: 2, themes }).map(({ id }) => id)).toEqual(['p1', 'p2'])
  })
})

describe('mergeSegmentsByContent', () => {
  const segments = [
    segment('fr-small', [1, 2], { regionNetwork: 'R1' }),
    segment('en', [3, 4, 5, 6, 7, 8], { language: 'en' }),
    segment('fr-other', [9, 10, 11, 12]),
    segment('fr-same', [13, 14, 15], { regionNetwork: 'R2' }),
  ]
  const bySegment = new Map<string, Id[]>([
    ['fr-small', [1, 2]],
    ['en', [1, 2]],
    ['fr-other', [3]],
    ['fr-same', [1, 2]],
  ])

  it('should merge segments with the same language and items, summing their audience', () => {
    const merged = mergeSegmentsByContent(segments, bySegment)
    expect(merged.find((each) => each.key === 'fr-small')).toMatchObject({ audience: 5, items: [1, 2], language: 'fr', regionNetwork: 'R1' })
    expect(merged.map((each) => each.key)).not.toContain('fr-same')
  })

  it('should keep segments of different languages apart even with the same items', () => {
    const merged = mergeSegmentsByContent(segments, bySegment)
    expect(merged.filter((each) => each.items.join(',') === '1,2').map((each) => each.language)).toEqual(['en', 'fr'])
  })

  it('should sort the merged segments by audience, largest first', () => {
    expect(mergeSegmentsByContent(segments, bySegment).map(({ audience, key }) => [key, audience])).toEqual([
      ['en', 6],
      ['fr-small', 5],
      ['fr-other', 4],
    ])
  })
})

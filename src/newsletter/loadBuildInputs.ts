import type { PayloadRequest, Where } from 'payload'

import type { BuildSettings } from './buildIssue.ts'
import type { AudienceMember, CandidateItem, ThemeInfo } from './selection.ts'

import { createDeliverySql } from '../delivery/deliverySql.ts'
import { candidateOf, idOf } from './candidateOf.ts'

/** Statuses after which an issue's items count as sent: they are not offered again. */
const committedStatuses = ['scheduled', 'sending', 'paused', 'sent']

/**
 * What an issue is built from: the approved items valid on the send date and not in an issue already
 * committed to sending, the audience and the themes.
 */
export const loadCandidates = async (req: PayloadRequest, settings: BuildSettings, sendDate: string): Promise<CandidateItem[]> => {
  const { payload } = req
  const committed = await payload.find({
    collection: settings.slugs.newsletterIssues,
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    select: { contentItems: true },
    where: { status: { in: committedStatuses } },
  })
  const alreadySent = new Set(
    committed.docs.flatMap((issue) => ((issue as { contentItems?: unknown[] }).contentItems ?? []).map((id) => String(idOf(id)))),
  )
  const validOn: Where = {
    and: [
      { stage: { equals: 'approved' } },
      { or: [{ validFrom: { exists: false } }, { validFrom: { less_than_equal: sendDate } }] },
      { or: [{ validUntil: { exists: false } }, { validUntil: { greater_than_equal: sendDate } }] },
    ],
  }
  const [items, networks] = await Promise.all([
    payload.find({
      collection: settings.slugs.contentItems,
      depth: 0,
      limit: 0,
      pagination: false,
      req,
      select: { category: true, language: true, network: true, submittedAt: true, themes: true, updatedAt: true },
      where: validOn,
    }),
    payload.find({
      collection: settings.slugs.referentNetworks,
      depth: 0,
      limit: 0,
      pagination: false,
      req,
      select: { kind: true },
    }),
  ])
  const kindOf = new Map(networks.docs.map((network) => [String(network.id), (network as { kind?: string }).kind]))
  return items.docs
    .filter((item) => !alreadySent.has(String(item.id)))
    .map((item) => candidateOf(item as Record<string, unknown>, (network) => kindOf.get(String(network))))
}

/** Who may receive an issue sent on `sendDate` (active, with networks, themes and this month's deliveries), read in one SQL statement. */
export const loadAudience = async (req: PayloadRequest, settings: BuildSettings, sendDate: string): Promise<AudienceMember[]> =>
  createDeliverySql(req.payload, settings.slugs).audience(sendDate)

export const loadThemes = async (req: PayloadRequest, settings: BuildSettings): Promise<ThemeInfo[]> =>
  (
    await req.payload.find({
      collection: settings.slugs.themes,
      depth: 0,
      limit: 0,
      pagination: false,
      req,
      select: { parent: true, targetShare: true },
    })
  ).docs.map((theme) => ({
    id: theme.id,
    parent: idOf((theme as { parent?: unknown }).parent),
    targetShare: (theme as { targetShare?: null | number }).targetShare ?? null,
  }))

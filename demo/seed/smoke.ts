// Boots the demo host once (onInit seeds an empty database), prints the count of every collection and
// the content items per stage, then stops. Run it with the services of the launcher:
//   DEMO_DATA_DIR=/tmp/seedcheck EMBEDDED_PG_PORT=54341 node scripts/dev.mjs --no-mail -- \
//     node --import tsx demo/seed/smoke.ts
// A second run against the same data directory must seed nothing and print the same counts.
process.env.JOBS_IN_PROCESS = 'false'

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config.ts')
const { contentStages } = await import('payload-plugin-ambassadors')

const startedAt = performance.now()
const payload = await getPayload({ config })
console.log(`[smoke] Payload ready (seed included) in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`)

for (const { slug } of payload.config.collections) {
  const { totalDocs } = await payload.count({ collection: slug })
  console.log(`[smoke] ${slug}: ${totalDocs}`)
}
for (const stage of contentStages) {
  const { totalDocs } = await payload.count({ collection: 'content-items', where: { stage: { equals: stage } } })
  console.log(`[smoke] content-items ${stage}: ${totalDocs}`)
}

await payload.destroy()
process.exit(0)
export {}

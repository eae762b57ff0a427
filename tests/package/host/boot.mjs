// Boots the host's Payload on its database and prints what the plugin brought, as one JSON line.
import { getPayload } from 'payload'
import { startJobsRunner, taskSlugs } from 'payload-plugin-ambassadors'

import config from './payload.config.js'

const payload = await getPayload({ config })
const roles = payload.collections.users.config.fields.find((field) => field.name === 'roles')
const admin = await payload.create({
  collection: 'users',
  data: { email: 'admin@host.example', password: 'host-password', roles: ['admin'] },
})
const network = await payload.create({
  collection: 'referent-networks',
  data: { editors: [admin.id], kind: 'region', name: 'Bretagne' },
})
const runner = startJobsRunner({ intervalMs: 60_000, payload })
await runner.stop()
const { rows } = await payload.db.pool.query(
  "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
)
console.log(
  JSON.stringify({
    collections: Object.keys(payload.collections),
    networkName: network.name,
    roleOptions: roles?.options?.map((option) => option.value) ?? null,
    tables: rows.map((row) => row.table_name),
    tasks: payload.config.jobs.tasks.map((task) => task.slug),
    taskSlugs: Object.values(taskSlugs),
    translations: Boolean(payload.config.i18n.translations.fr?.['plugin-ambassadors']),
  }),
)
await payload.destroy()
process.exit(0)

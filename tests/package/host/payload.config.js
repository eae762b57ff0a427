// A minimal Payload 3 host, outside the plugin's repository, in plain JavaScript: what a company's app
// looks like after `npm install payload-plugin-ambassadors`.
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import { ambassadorsPlugin } from 'payload-plugin-ambassadors'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: { importMap: { baseDir: dirname, importMapFile: path.join(dirname, 'importMap.js') }, user: 'users' },
  collections: [
    { slug: 'users', auth: true, fields: [] },
    { slug: 'media', fields: [], upload: { staticDir: path.join(dirname, 'media') } },
  ],
  db: postgresAdapter({ pool: { connectionString: process.env.DATABASE_URL } }),
  editor: lexicalEditor(),
  plugins: [ambassadorsPlugin()],
  secret: 'host-secret-for-the-packing-test',
  telemetry: false,
  typescript: { autoGenerate: false },
})

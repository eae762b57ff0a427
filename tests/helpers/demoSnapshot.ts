import pg from 'pg'

/**
 * The seeded demo's data, kept in a schema of its own so that every browser test file starts from the
 * same records without booting the demo again (one `next dev`, compiled once, for the whole run).
 */
const snapshotSchema = 'e2e_snapshot'

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

const publicTables = async (client: pg.Client) =>
  (
    await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    )
  ).rows.map((row) => row.name)

const withClient = async <T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>) => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Copies every table of `public` into the snapshot schema (replacing an earlier snapshot). */
export const takeDemoSnapshot = (databaseUrl: string) =>
  withClient(databaseUrl, async (client) => {
    await client.query('BEGIN')
    await client.query(`DROP SCHEMA IF EXISTS ${snapshotSchema} CASCADE`)
    await client.query(`CREATE SCHEMA ${snapshotSchema}`)
    for (const table of await publicTables(client)) {
      await client.query(`CREATE TABLE ${snapshotSchema}.${quote(table)} AS TABLE public.${quote(table)}`)
    }
    await client.query('COMMIT')
  })

/**
 * Puts every table of `public` back as the snapshot holds it, in one transaction. Sequences are left
 * where they are: an id a test file used is never given again, so nothing the demo keeps in memory
 * (a worker's compiled issue, say) can be mistaken for a new record.
 */
export const restoreDemoSnapshot = (databaseUrl: string) =>
  withClient(databaseUrl, async (client) => {
    const tables = await publicTables(client)
    await client.query('BEGIN')
    try {
      await client.query(`SET LOCAL lock_timeout = '60s'`)
      // Rows go back table by table: foreign keys are checked by triggers, off for this transaction.
      await client.query(`SET LOCAL session_replication_role = replica`)
      await client.query(`TRUNCATE ${tables.map((table) => `public.${quote(table)}`).join(', ')}`)
      for (const table of tables) {
        await client.query(
          `INSERT INTO public.${quote(table)} OVERRIDING SYSTEM VALUE SELECT * FROM ${snapshotSchema}.${quote(table)}`,
        )
      }
      await client.query('COMMIT')
    } catch (err) {
      await client.query('ROLLBACK')
      throw err
    }
  })

import type { Config, Payload, SanitizedConfig } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import nodemailer from 'nodemailer'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import type { AmbassadorsPluginOptions } from 'payload-plugin-ambassadors'

import { ambassadorsPlugin } from 'payload-plugin-ambassadors'
import { createMediaCollection } from './collections/Media.ts'
import { migrations } from './migrations/index.ts'
import { smtpTlsSettings } from './smtpSettings.ts'
import { Users } from './collections/Users.ts'

/** `serverURL`, and when it is on this machine, the same port under `localhost` and `127.0.0.1`. */
const loopbackOrigins = (serverURL: string | undefined): string[] => {
  if (!serverURL) {
    return []
  }
  const url = new URL(serverURL)
  const isLoopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1'
  const hosts = isLoopback ? ['localhost', '127.0.0.1'] : [url.hostname]
  return hosts.map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`)
}

/** Who the host's own emails (notices, reminders, confirmations, test sends) come from. */
export const demoMailFrom = { defaultFromAddress: 'programme@ambassadeurs.example', defaultFromName: 'Programme Ambassadeurs' }

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type DemoConfigArgs = {
  databaseUrl: string
  /** Pino level of Payload's logger. @default 'info' */
  logLevel?: 'debug' | 'error' | 'fatal' | 'info' | 'silent' | 'trace' | 'warn'
  onInit?: (payload: Payload) => Promise<void>
  plugin?: AmbassadorsPluginOptions
  /** A PostgreSQL schema of its own (tests run one per file); `public` when unset. */
  schemaName?: string
  secret: string
  serverURL?: string
  /** Where `smtpTlsSettings` reads the SMTP TLS settings (the newsletter transport reads the same). @default process.env */
  smtpEnv?: Record<string, string | undefined>
  /** `smtp://…` or `smtps://…`; when unset mail is written to the log as JSON and never sent. */
  smtpUrl?: string
  /** Extra host config, merged last (tests add collections or jobs here). */
  extend?: (config: Config) => Config
}

/**
 * The demo host: its own users and media collections, French-first admin, PostgreSQL, SMTP, and the
 * plugin. The root payload.config.ts builds it from the environment; tests build it with their own
 * database schema and SMTP server.
 */
export const buildDemoConfig = ({
  databaseUrl,
  extend = (config) => config,
  logLevel = 'info',
  onInit,
  plugin,
  schemaName,
  secret,
  serverURL,
  smtpEnv = process.env,
  smtpUrl,
}: DemoConfigArgs): Promise<SanitizedConfig> =>
  buildConfig(
    extend({
      admin: {
        // No Gravatar: it would send staff email hashes to a third party.
        avatar: 'default',
        // The plugin's date fields' format (src/fields/dateAppearance.ts): one format across the admin.
        dateFormat: 'dd/MM/yyyy HH:mm',
        importMap: { baseDir: rootDir },
        meta: { titleSuffix: ' · Ambassadeurs' },
        user: Users.slug,
      },
      collections: [Users, createMediaCollection(path.join(rootDir, '.data', 'media'))],
      db: postgresAdapter({
        pool: { connectionString: databaseUrl },
        ...(schemaName ? { schemaName } : {}),
        migrationDir: path.join(rootDir, 'demo', 'migrations'),
        // Development pushes the schema; production applies the committed migrations at start.
        prodMigrations: migrations,
      }),
      editor: lexicalEditor(),
      email: nodemailerAdapter({
        ...demoMailFrom,
        skipVerify: true,
        transport: smtpUrl
          ? nodemailer.createTransport({ url: smtpUrl, ...smtpTlsSettings(smtpUrl, smtpEnv) })
          : nodemailer.createTransport({ jsonTransport: true }),
      }),
      graphQL: {
        disableIntrospectionInProduction: true,
        disablePlaygroundInProduction: true,
        // Payload's default (1000) answers 300 aliases of a list (3 each). The admin sends no GraphQL; a full
        // content list with every relationship costs about 80, a three-level one about 100.
        maxComplexity: 300,
      },
      i18n: { fallbackLanguage: 'fr', supportedLanguages: { en, fr } },
      logger: { options: { level: logLevel } },
      localization: { defaultLocale: 'fr', fallback: true, locales: ['fr', 'en'] },
      onInit,
      plugins: [ambassadorsPlugin({ mediaCollection: 'media', programmeName: 'Ambassadeurs Ardelys', ...plugin })],
      // Payload trusts the session cookie only from these origins: the demo answers on both loopback names.
      csrf: loopbackOrigins(serverURL),
      secret,
      serverURL,
      telemetry: false,
      typescript: { autoGenerate: false, outputFile: path.join(rootDir, 'payload-types.ts') },
    }),
  )

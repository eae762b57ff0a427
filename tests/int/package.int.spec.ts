import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { defaultCollectionSlugs } from 'payload-plugin-ambassadors'

import { createTestDatabase } from '../helpers/createTestDatabase.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const fixture = path.join(root, 'tests/package/host')
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  peerDependencies: Record<string, string>
}
// The host runs the lowest Payload the peer range admits, while this repository runs the newest patch.
const hostPayload = manifest.peerDependencies.payload!.replace(/^[\^~>=]+/, '')

const run = (command: string, args: string[], cwd: string, env: Record<string, string> = {}) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'development', NODE_OPTIONS: '', ...env },
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  })

let hostDir: string
let tarball: string
let database: Awaited<ReturnType<typeof createTestDatabase>>

beforeAll(async () => {
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ambassadors-host-'))
  // `prepack` builds dist/ first and prints its own lines before npm's JSON.
  const output = run('npm', ['pack', '--json', '--pack-destination', hostDir], root)
  const packed = JSON.parse(output.slice(output.indexOf('[\n'))) as { filename: string }[]
  tarball = path.join(hostDir, packed[0]!.filename)
  for (const file of fs.readdirSync(fixture)) {
    fs.copyFileSync(path.join(fixture, file), path.join(hostDir, file))
  }
  fs.writeFileSync(
    path.join(hostDir, 'package.json'),
    JSON.stringify({ name: 'ambassadors-test-host', private: true, type: 'module' }),
  )
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      tarball,
      `payload@${hostPayload}`,
      `@payloadcms/db-postgres@${hostPayload}`,
      `@payloadcms/richtext-lexical@${hostPayload}`,
      'graphql@^16.8.1',
    ],
    hostDir,
  )
  database = await createTestDatabase(inject('databaseUrl'), 'package')
}, 600_000)

afterAll(async () => {
  await database?.drop()
  fs.rmSync(hostDir, { force: true, recursive: true })
})

describe('the npm package in a host outside the repository', () => {
  it('should pack compiled JavaScript with types and no TypeScript sources', () => {
    const listing = run('tar', ['-tzf', tarball], hostDir).split('\n').filter(Boolean)
    expect(listing).toContain('package/dist/index.js')
    expect(listing).toContain('package/dist/index.d.ts')
    expect(listing).toContain('package/dist/exports/rsc.js')
    expect(listing.filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))).toEqual([])
  })

  it('should boot the host on PostgreSQL with every collection, the roles field and the jobs', () => {
    const output = run(process.execPath, ['--conditions=production', 'boot.mjs'], hostDir, {
      DATABASE_URL: database.url,
    })
    const report = JSON.parse(output.trim().split('\n').at(-1)!) as Record<string, unknown>
    expect(report.collections).toEqual(expect.arrayContaining(Object.values(defaultCollectionSlugs)))
    expect(report.roleOptions).toEqual(['admin', 'editor', 'referent'])
    expect(report.tables).toEqual(expect.arrayContaining(['content_items', 'referent_networks', 'ambassadors']))
    expect(report.tasks).toEqual(expect.arrayContaining(report.taskSlugs as string[]))
    expect(report.networkName).toBe('Bretagne')
    expect(report.translations).toBe(true)
  })

  it('should load the sending engine from its own subpath and offer no other than the root and four', () => {
    const output = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const delivery = await import('payload-plugin-ambassadors/delivery'); const manifest = (await import('payload-plugin-ambassadors/package.json', { with: { type: 'json' } })).default; console.log(JSON.stringify({ delivery: Object.keys(delivery).sort(), subpaths: Object.keys(manifest.exports) }))",
      ],
      hostDir,
    )
    expect(JSON.parse(output.trim().split('\n').at(-1)!)).toEqual({
      delivery: ['createSmtpPool', 'dkimHeaderFieldNames', 'ignoresStartTlsByDefault', 'startDeliveryWorker'],
      subpaths: ['.', './types', './client', './rsc', './delivery', './package.json'],
    })
  })

  it("should show the host each option's documentation and default from the published types", () => {
    const probe = path.join(hostDir, 'optionsProbe.ts')
    fs.writeFileSync(probe, "import type { AmbassadorsPluginOptions } from 'payload-plugin-ambassadors'\nexport type Probe = AmbassadorsPluginOptions\n")
    const program = ts.createProgram([probe], {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      noEmit: true,
      skipLibCheck: true,
      strict: true,
      target: ts.ScriptTarget.ES2022,
    })
    const checker = program.getTypeChecker()
    const alias = program.getSourceFile(probe)!.statements.find(ts.isTypeAliasDeclaration)!
    const documented = checker
      .getTypeAtLocation(alias.name)
      .getProperties()
      .map((option) => ({
        defaults: option.getJsDocTags(checker).filter((tag) => tag.name === 'default').length,
        hasText: ts.displayPartsToString(option.getDocumentationComment(checker)).length > 0,
        name: option.name,
      }))
    expect(documented.map(({ name }) => name)).toEqual(expect.arrayContaining(['collectionSlugs', 'jobsQueue', 'timeZone']))
    expect(documented.filter(({ defaults, hasText }) => defaults !== 1 || !hasText)).toEqual([])
  })

  it('should resolve the admin components through the host import map', async () => {
    run(process.execPath, ['--conditions=production', 'node_modules/payload/bin.js', 'generate:importmap'], hostDir, {
      DATABASE_URL: database.url,
      PAYLOAD_CONFIG_PATH: path.join(hostDir, 'payload.config.js'),
    })
    const importMap = fs.readFileSync(path.join(hostDir, 'importMap.js'), 'utf8')
    expect(importMap).toContain("from 'payload-plugin-ambassadors/rsc'")
    const resolved = run(
      process.execPath,
      ['--input-type=module', '-e', "console.log(import.meta.resolve('payload-plugin-ambassadors/rsc'))"],
      hostDir,
    ).trim()
    expect(fileURLToPath(resolved)).toBe(
      path.join(fs.realpathSync(hostDir), 'node_modules/payload-plugin-ambassadors/dist/exports/rsc.js'),
    )
  })
})

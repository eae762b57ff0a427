import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const srcDir = path.join(rootDir, 'src')
const distEntry = path.join(rootDir, 'dist', 'index.js')
const workerSource = path.join(rootDir, 'tests', 'helpers', 'deliveryWorkerProcess.ts')
/**
 * One level under the root (git-ignored): the demo config finds the repository root as `..` of its own
 * file, and `payload-plugin-ambassadors` resolves, as the package's own name, to its exports: dist/.
 */
const outfile = path.join(rootDir, '.bench', 'deliveryWorkerProcess.mjs')

/** The build's input and output: dist/ is stale when a file under src/ changed after it was written. */
const newestMtimeMs = (dir: string): number =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs), 0)

const isDistFresh = () => fs.existsSync(distEntry) && fs.statSync(distEntry).mtimeMs >= newestMtimeMs(srcDir)

type Esbuild = { build: (options: Record<string, unknown>) => Promise<{ errors: unknown[] }> }

/**
 * The send bench's delivery worker as a host runs one in production: compiled JavaScript under plain
 * `node`, no TypeScript loader. The plugin is the package's build (`npm run build`, run here when dist/
 * is older than src/); the host around it (demo/ and the worker's own entry, which imports the plugin by
 * its package name) is bundled by esbuild with every package left external, so the plugin is dist/'s.
 * Answers the bundle's path.
 */
export const buildDeliveryWorker = async (log: (message: string) => void): Promise<string> => {
  if (!isDistFresh()) {
    log('dist/ is older than src/: npm run build…')
    const build = spawnSync(process.execPath, [path.join(rootDir, 'scripts', 'build.mjs')], { cwd: rootDir, stdio: 'inherit' })
    if (build.status !== 0) {
      throw new Error(`npm run build failed (${build.status ?? build.signal})`)
    }
  }
  // tsx's own esbuild (tsx is a devDependency; the copy hoisted to node_modules/ is another package's).
  const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'))('esbuild') as Esbuild
  await esbuild.build({
    bundle: true,
    entryPoints: [workerSource],
    format: 'esm',
    logLevel: 'warning',
    outfile,
    packages: 'external',
    platform: 'node',
    target: 'node20',
    // Not tsconfig.json's paths, which point the package's name at src/ for the tests.
    tsconfigRaw: { compilerOptions: {} },
  })
  if (!fs.readFileSync(outfile, 'utf8').includes('from "payload-plugin-ambassadors"')) {
    throw new Error(`${outfile}: the plugin was bundled from its sources instead of imported from dist/`)
  }
  return outfile
}

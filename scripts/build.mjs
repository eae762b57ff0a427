#!/usr/bin/env node
// `npm run build` (and `prepack`): compiles src/ into dist/ as ESM JavaScript with .d.ts types and
// source maps, rewriting the sources' `.ts` import extensions to `.js`, and copies the stylesheets the
// admin components import. What a host installs from npm is dist/ only.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const src = path.join(root, 'src')
const dist = path.join(root, 'dist')

fs.rmSync(dist, { force: true, recursive: true })
const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
})
if (tsc.status !== 0) {
  console.error('[build] tsc failed')
  process.exit(tsc.status ?? 1)
}
let copied = 0
for (const entry of fs.readdirSync(src, { recursive: true, withFileTypes: true })) {
  if (entry.isFile() && entry.name.endsWith('.css')) {
    const from = path.join(entry.parentPath, entry.name)
    const to = path.join(dist, path.relative(src, from))
    fs.mkdirSync(path.dirname(to), { recursive: true })
    fs.copyFileSync(from, to)
    copied++
  }
}
console.log(`[build] dist/ written (${copied} stylesheet${copied === 1 ? '' : 's'} copied)`)

import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

import { settingsOf } from '../../src/plugins/settingsOf.ts'

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src')

/** Every source file below the plugin entry: all of src/ but the entry's folder and the package's re-export files. */
const filesBelowTheEntry = fs
  .readdirSync(src, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
  .map((entry) => path.relative(src, path.join(entry.parentPath, entry.name)))
  .filter((file) => !/^(plugins|exports)\//.test(file) && file !== 'index.ts')

const matching = (pattern: RegExp) =>
  filesBelowTheEntry.filter((file) => pattern.test(fs.readFileSync(path.join(src, file), 'utf8')))

describe('settings below the plugin entry', () => {
  it('should find source files to check', () => {
    expect(filesBelowTheEntry).toEqual(expect.arrayContaining(['newsletter/loadIssueContent.ts', 'components/CalendarView/index.tsx']))
  })

  it('should import nothing from the plugin entry folder', () => {
    expect(matching(/from '(\.\.\/)+plugins\//)).toEqual([])
  })

  it('should never read the settings back from config.custom', () => {
    expect(matching(/config\.custom/)).toEqual([])
  })
})

describe('settingsOf', () => {
  it('should refuse a Payload without the plugin, naming the plugin', () => {
    const payload = { config: { custom: {} } } as unknown as Payload
    expect(() => settingsOf(payload)).toThrow('ambassadorsPlugin() is not in this Payload config')
  })
})

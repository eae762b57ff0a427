import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/createApiClient.ts'
import type { AccessFixtures } from '../helpers/fixtures.ts'
import type { TestPayload } from '../helpers/initTestPayload.ts'
import type { RawSender } from '../helpers/sendRawRequest.ts'

import { translations } from '../../src/translations/index.ts'
import { createApiClient } from '../helpers/createApiClient.ts'
import { createAccessFixtures } from '../helpers/fixtures.ts'
import { initTestPayload } from '../helpers/initTestPayload.ts'
import { createRawSender } from '../helpers/sendRawRequest.ts'

let t: TestPayload
let api: ApiClient
let send: RawSender
let f: AccessFixtures

type Report = {
  created: number
  dryRun: boolean
  errorCount: number
  errors: { column?: string; field: string; message: string; path: string; row: number }[]
  unchanged: number
  updated: number
  warningCount: number
  warnings: { field: string; message: string; row: number }[]
}

/** The host refuses one last name: a row the file check lets through but the collection does not. */
const refuseLastName: CollectionBeforeChangeHook = ({ data }) => {
  if (data.lastName === 'Refusé') {
    throw new ValidationError({ collection: 'ambassadors', errors: [{ message: 'Nom refusé par l’hôte.', path: 'lastName' }] })
  }
  return data
}

const domain = '@import.example'

const header = ['Courriel', 'Prénom', 'Nom', 'Langue', 'Région', 'Thématiques', 'Fréquence', 'Statut']

/** A file as Excel in French writes it: a byte order mark, `;` between cells, CRLF line ends. */
const csvOf = (rows: string[][]) => `\uFEFF${[header, ...rows].map((row) => row.join(';')).join('\r\n')}\r\n`

const threeRows = [
  [`anne.durand${domain}`, 'Anne', 'Durand', 'fr', 'Région A', 'corporate', 'Mensuelle', 'active'],
  [`Bruno.Petit${domain}`, 'Bruno', 'Petit', 'en', 'Région B', 'corporate|veille-metier', 'twice-monthly', 'pending'],
  [`chloe.roux${domain}`, 'Chloé', 'Roux', 'Français', '', 'Veille métier', '', ''],
]

const importCsv = async (
  csv: string,
  { dryRun, language = 'fr', token = f.editor.token }: { dryRun?: boolean; language?: 'en' | 'fr'; token?: string } = {},
) => {
  const response = await api.rest<Report & { errors: { message: string; path: string }[] }>('POST', '/ambassadors/import', {
    body: { csv, ...(dryRun === undefined ? {} : { dryRun }) },
    language,
    token,
  })
  return response
}

const imported = () =>
  t.payload.find({
    collection: 'ambassadors',
    depth: 0,
    pagination: false,
    sort: 'email',
    where: { email: { like: domain } },
  })

const countOf = (report: Report) => ({
  created: report.created,
  errors: report.errors,
  unchanged: report.unchanged,
  updated: report.updated,
})

beforeAll(async () => {
  t = await initTestPayload('ambassador-import', {
    plugin: {
      collectionOverrides: {
        ambassadors: ({ defaultCollection }) => ({
          ...defaultCollection,
          hooks: {
            ...defaultCollection.hooks,
            beforeChange: [...(defaultCollection.hooks?.beforeChange ?? []), refuseLastName],
          },
        }),
      },
    },
  })
  api = createApiClient(t.config)
  send = createRawSender(t.config)
  f = await createAccessFixtures(t.payload)
  await t.payload.create({ collection: 'themes', data: { name: 'Veille métier', slug: 'veille-metier' } as never, locale: 'fr' })
})

afterEach(async () => {
  await t.payload.delete({ collection: 'engagement-events', where: { 'ambassador.email': { like: domain } } })
  await t.payload.delete({ collection: 'ambassadors', where: { email: { like: domain } } })
})

/** The engagement events of the test's ambassadors, as `type source email` lines. */
const engagementOf = async () => {
  const { docs } = await t.payload.find({
    collection: 'engagement-events',
    depth: 1,
    pagination: false,
    sort: 'id',
    where: { 'ambassador.email': { like: domain } },
  })
  return docs.map((doc) => `${doc.type} ${doc.source} ${(doc.ambassador as { email: string }).email}`)
}

afterAll(async () => {
  await t?.teardown()
})

describe('POST /api/ambassadors/import', () => {
  it('should create the three ambassadors of a valid file, lowercase, with consent by import', async () => {
    const before = Date.now()
    const response = await importCsv(csvOf(threeRows))
    const { docs } = await imported()

    expect([response.status, countOf(response.body)]).toEqual([200, { created: 3, errors: [], unchanged: 0, updated: 0 }])
    expect(docs.map((doc) => doc.email)).toEqual([`anne.durand${domain}`, `bruno.petit${domain}`, `chloe.roux${domain}`])
    const bruno = docs[1] as Record<string, any>
    expect({
      consentSource: bruno.consent?.source,
      frequency: bruno.frequency,
      language: bruno.language,
      regionNetwork: bruno.regionNetwork,
      status: bruno.status,
      themes: bruno.themes.length,
    }).toEqual({ consentSource: 'import', frequency: 'twice-monthly', language: 'en', regionNetwork: f.networkB.id, status: 'pending', themes: 2 })
    expect(new Date(bruno.consent.at).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect((docs[0] as Record<string, any>).frequency).toBe('monthly')
  })

  it('should record the opt-in of an ambassador imported active, as made by an import', async () => {
    await importCsv(csvOf(threeRows))

    expect(await engagementOf()).toEqual([`opt-in import anne.durand${domain}`])
  })

  it('should change nothing and append nothing when the same file is imported again', async () => {
    await importCsv(csvOf(threeRows))
    const before = { docs: (await imported()).docs.map((doc) => [doc.id, doc.updatedAt]), events: await engagementOf() }

    const again = await importCsv(csvOf(threeRows))
    const after = { docs: (await imported()).docs.map((doc) => [doc.id, doc.updatedAt]), events: await engagementOf() }

    expect([again.status, countOf(again.body)]).toEqual([200, { created: 0, errors: [], unchanged: 3, updated: 0 }])
    expect(after).toEqual(before)
  })

  it('should update only the row that changed', async () => {
    await importCsv(csvOf(threeRows))
    const changed = threeRows.map((row, index) => (index === 1 ? row.map((cell, column) => (column === 6 ? 'Mensuelle' : cell)) : row))
    const before = (await imported()).docs

    const response = await importCsv(csvOf(changed))
    const after = (await imported()).docs

    expect([response.status, countOf(response.body)]).toEqual([200, { created: 0, errors: [], unchanged: 2, updated: 1 }])
    expect(after.map((doc) => doc.frequency)).toEqual(['monthly', 'monthly', 'twice-monthly'])
    expect([after[0]?.updatedAt, after[2]?.updatedAt]).toEqual([before[0]?.updatedAt, before[2]?.updatedAt])
  })

  it('should find stored addresses whatever their case', async () => {
    const response = await importCsv(csvOf([['CLAIRE.Martin@TEST.example', '', '', '', '', '', '', '']]))

    expect(countOf(response.body)).toEqual({ created: 0, errors: [], unchanged: 1, updated: 0 })
  })

  it('should refuse a file with a bad address on row 3 and an unknown theme on row 4, and write nothing', async () => {
    const total = await t.payload.count({ collection: 'ambassadors' })
    const response = await importCsv(
      csvOf([
        threeRows[0]!,
        [`pas-une-adresse`, 'Bruno', 'Petit', 'fr', '', '', '', ''],
        [`chloe.roux${domain}`, 'Chloé', 'Roux', 'fr', '', 'corporate|inconnue', '', ''],
      ]),
    )

    expect(response.status).toBe(400)
    expect(response.body.errors.map(({ column, field, row }) => ({ column, field, row }))).toEqual([
      { column: 'Courriel', field: 'email', row: 3 },
      { column: 'Thématiques', field: 'themes', row: 4 },
    ])
    expect(response.body.errors.map((error) => error.message)).toEqual([
      '« pas-une-adresse » n’est pas une adresse e-mail valide.',
      'Thématique inconnue (identifiant ou nom) : inconnue.',
    ])
    expect([response.body.created, response.body.updated, response.body.unchanged]).toEqual([0, 0, 0])
    expect(await t.payload.count({ collection: 'ambassadors' })).toEqual(total)
  })

  it('should word the errors in English for an English caller', async () => {
    const response = await importCsv(csvOf([['nope', '', '', '', 'Atlantis', '', 'weekly', '']]), { language: 'en' })

    expect([response.status, response.body.errors.map((error) => `${error.row} ${error.path}: ${error.message}`)]).toEqual([
      400,
      [
        '2 email: “nope” is not a valid email address.',
        '2 frequency: “weekly” is not one of the values allowed here: “Twice a month”, “Once a month”, “Paused”.',
        '2 regionNetwork: There is no region network named “Atlantis”.',
      ],
    ])
  })

  it('should roll every row back when the collection refuses one of them', async () => {
    const response = await importCsv(
      csvOf([threeRows[0]!, [`refuse${domain}`, 'Rémi', 'Refusé', '', '', '', '', ''], threeRows[2]!]),
    )

    expect([response.status, response.body.errors]).toEqual([
      400,
      [{ field: 'lastName', message: 'Nom refusé par l’hôte.', path: 'lastName', row: 3 }],
    ])
    expect((await imported()).docs).toEqual([])
  })

  it('should count what a dry run would do and write nothing', async () => {
    const response = await importCsv(csvOf(threeRows), { dryRun: true })

    expect([response.status, response.body.dryRun, countOf(response.body)]).toEqual([
      200,
      true,
      { created: 3, errors: [], unchanged: 0, updated: 0 },
    ])
    expect((await imported()).docs).toEqual([])
  })

  it('should take the file itself as text/csv, with dryRun in the query', async () => {
    const response = await send({
      body: csvOf(threeRows),
      contentType: 'text/csv; charset=utf-8',
      method: 'POST',
      path: '/ambassadors/import?dryRun=true',
      token: f.editor.token,
    })

    expect([response.status, (response.body as Report).created, (response.body as Report).dryRun]).toEqual([200, 3, true])
    expect((await imported()).docs).toEqual([])
  })

  it('should warn once about an unknown column and import the rest', async () => {
    const response = await importCsv(`email,Notes\nzoe${domain},à rappeler\nyves${domain},\n`)

    expect([response.status, response.body.created, response.body.warnings.map((warning) => [warning.row, warning.message])]).toEqual([
      200,
      2,
      [
        [1, 'Colonne inconnue « Notes » : elle est ignorée.'],
        [1, 'Le fichier n’a pas de colonne Statut : les 2 nouveaux ambassadeurs sont créés « En attente » et ne reçoivent rien tant que leur statut n’est pas « Actif ».'],
      ],
    ])
  })

  it('should import the frequency as the ambassadors’ pages word it, and say which new rows are created pending', async () => {
    const response = await importCsv(`email;fréquence;statut\nzoe${domain};deux fois par mois;\nyves${domain};Une fois par mois;actif\n`)

    expect([
      response.status,
      response.body.created,
      response.body.warnings.map((warning) => `${warning.row} ${warning.field}: ${warning.message}`),
      (await imported()).docs.map((doc) => [doc.email, doc.frequency, doc.status]),
    ]).toEqual([
      200,
      2,
      ['2 status: Sans statut : ce nouvel ambassadeur est créé « En attente » et ne reçoit rien tant que son statut n’est pas « Actif ».'],
      [
        [`yves${domain}`, 'monthly', 'active'],
        [`zoe${domain}`, 'twice-monthly', 'pending'],
      ],
    ])
  })

  it('should refuse a header of 150,000 unknown columns with 400 naming the limit, in a short answer', async () => {
    const columns = Array.from({ length: 150_000 }, (_, index) => `inconnue${index}`)
    const response = await send({
      body: `email;${columns.join(';')}\nzoe${domain}\n`,
      contentType: 'text/csv',
      language: 'en',
      method: 'POST',
      path: '/ambassadors/import',
      token: f.editor.token,
    })

    expect([response.status, response.text.length < 2000, (response.body as Report).errors]).toEqual([
      400,
      true,
      [
        {
          field: '',
          message: 'The header row has more than 1000 columns: remove the columns you do not need.',
          path: '',
          row: 1,
        },
      ],
    ])
  })

  it('should list at most 1,000 warnings and count them all', async () => {
    const unknown = Array.from({ length: 998 }, (_, index) => `inconnue${index}`)
    const emails = [1, 2, 3].map((index) => `parti${index}${domain}`)
    for (const email of emails) {
      await t.payload.create({ collection: 'ambassadors', data: { email, status: 'unsubscribed' } as never })
    }
    const rows = emails.map((email) => [email, 'active', ...unknown.map(() => '')].join(';'))
    const response = await importCsv([['email', 'status', ...unknown].join(';'), ...rows].join('\n'), { dryRun: true })

    expect([response.status, response.body.warningCount, response.body.warnings.length, response.body.warnings.at(-1)?.row]).toEqual([
      200,
      1001,
      1000,
      3,
    ])
  })

  it('should refuse a referent with 403', async () => {
    const response = await importCsv(csvOf(threeRows), { token: f.referentA.token })

    expect([response.status, response.body.errors]).toEqual([
      403,
      [{ message: 'Seuls les éditeurs et les administrateurs peuvent importer des ambassadeurs.', path: '' }],
    ])
  })

  it('should ask a caller who is not signed in to sign in, with 401', async () => {
    const response = await api.rest('POST', '/ambassadors/import', { body: { csv: csvOf(threeRows) }, language: 'en' })

    expect([response.status, response.body.errors]).toEqual([401, [{ message: 'Sign in to import ambassadors.', path: '' }]])
  })

  it('should refuse a file over 5 MB with 413, naming the limit', async () => {
    const response = await send({
      body: `email\n${'a'.repeat(5 * 1024 * 1024)}`,
      contentType: 'text/csv',
      language: 'fr',
      method: 'POST',
      path: '/ambassadors/import',
      token: f.editor.token,
    })

    expect([response.status, response.body]).toEqual([
      413,
      { errors: [{ message: 'Le fichier dépasse 5 Mo : découpez-le en fichiers plus petits.', path: 'csv' }] },
    ])
  })

  it('should refuse a JSON body whose file is over 5 MB with 413', async () => {
    const response = await importCsv(`email\n${'a'.repeat(5 * 1024 * 1024)}`)

    expect([response.status, response.body.errors[0]?.path]).toEqual([413, 'csv'])
  })

  it('should refuse more than 20,000 rows with 413', async () => {
    const rows = Array.from({ length: 20_001 }, (_, index) => `p${index}${domain}`)
    const response = await importCsv(`email\n${rows.join('\n')}\n`, { language: 'en' })

    expect([response.status, response.body.errors]).toEqual([
      413,
      [{ message: 'The file has more than 20000 ambassador rows: split it into smaller files.', path: 'csv' }],
    ])
  })

  it.each([
    ['not JSON', '{"csv": ', ''],
    ['csv not a string', '{"csv": 42}', 'csv'],
    ['dryRun not a boolean', '{"csv": "email", "dryRun": "yes"}', 'dryRun'],
    ['an unknown key', '{"csv": "email", "mode": "replace"}', ''],
  ])('should answer 400 to a JSON body with %s, naming the field', async (_case, body, path) => {
    const response = await send({ body, method: 'POST', path: '/ambassadors/import', token: f.editor.token })

    expect([response.status, (response.body as { errors: { path: string }[] }).errors[0]?.path]).toEqual([400, path])
  })

  it('should answer 415 to a multipart form', async () => {
    const form = new FormData()
    form.set('file', new Blob(['email\n']), 'ambassadors.csv')
    const response = await send({ body: form, method: 'POST', path: '/ambassadors/import', token: f.editor.token })

    expect(response.status).toBe(415)
  })

  it('should answer 400 to a dryRun parameter that is not a boolean', async () => {
    const response = await send({ body: 'email\n', contentType: 'text/csv', method: 'POST', path: '/ambassadors/import?dryRun=maybe', token: f.editor.token })

    expect([response.status, (response.body as { errors: { path: string }[] }).errors[0]?.path]).toEqual([400, 'dryRun'])
  })

  it.each([
    ['an empty file', '', 'importEmpty'],
    ['a lone quote', '"', 'importQuoteNotClosed'],
    ['a quote never closed', 'email\n"a@b.fr', 'importQuoteNotClosed'],
    ['separators only', ';;;\n;;;', 'importEmpty'],
    ['a header only', 'email;prénom', 'importNoRows'],
    ['no email column', 'prénom;nom\nAnne;Durand', 'importEmailColumnMissing'],
    ['control characters', 'email\n\u0000\u0001@x.fr', 'importEmailInvalid'],
  ])('should answer 400, not a 500, to %s', async (_case, csv, key) => {
    const response = await importCsv(csv, { dryRun: true, language: 'en' })
    const name = key as keyof (typeof translations)['en']['plugin-ambassadors']

    expect([response.status, response.body.errors.map((error) => error.message)]).toEqual([
      400,
      [expect.stringContaining(translations.en['plugin-ambassadors'][name].split('{{')[0]!)],
    ])
  })

  it('should take a stray quote inside a cell literally', async () => {
    const response = await importCsv(`email,nom\nmartin${domain},Mar"tin\n`, { dryRun: true })

    expect([response.status, response.body.created]).toEqual([200, 1])
  })
})

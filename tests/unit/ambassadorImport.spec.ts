import { describe, expect, it } from 'vitest'

import type { ImportChoices, ImportIssue, ImportReferences, StoredAmbassador } from '../../src/newsletter/import/types.ts'

import { importChoices } from '../../src/collections/Ambassadors/endpoints/importChoices.ts'
import { mapColumns } from '../../src/newsletter/import/columns.ts'
import { decodeCsvBytes } from '../../src/newsletter/import/decodeCsv.ts'
import { detectDelimiter, parseCsv } from '../../src/newsletter/import/parseCsv.ts'
import { planImport } from '../../src/newsletter/import/planImport.ts'
import { validateRows } from '../../src/newsletter/import/validateRows.ts'
import { translations } from '../../src/translations/index.ts'

/** The choices the endpoint builds, from the tables the admin and the ambassadors' pages read. */
const choices: ImportChoices = importChoices()

const references: ImportReferences = {
  networks: [
    { id: 1, kind: 'region', name: 'Auvergne-Rhône-Alpes' },
    { id: 2, kind: 'region', name: 'Pays de la Loire' },
    { id: 3, kind: 'business-line', name: 'Énergies renouvelables' },
  ],
  themes: [
    { id: 10, names: ['Corporate'], slug: 'corporate' },
    { id: 11, names: ['Veille métier', 'Industry watch'], slug: 'veille-metier' },
    { id: 12, names: ['RH, marque employeur', 'HR, employer brand'], slug: 'rh-marque-employeur' },
  ],
}

/** Parses and validates a file, as the import does before it reads the database. */
const check = async (csv: string, language: 'en' | 'fr' = 'fr') => {
  const parsed = await parseCsv(csv, { maxRows: 100 })
  if (!parsed.ok) throw new Error(`unreadable: ${parsed.error.key}`)
  const { columns, errors: headerErrors, warnings } = mapColumns(parsed.table.header)
  return { headerErrors, warnings, ...validateRows({ choices, columns, language, references, table: parsed.table }), columns }
}

/** An issue's message in one language, as the endpoint renders it. */
const messageOf = (issue: ImportIssue, language: 'en' | 'fr') => {
  const name = issue.key.split(':')[1] as keyof (typeof translations)['en']['plugin-ambassadors']
  return Object.entries(issue.vars ?? {}).reduce(
    (message, [variable, value]) => message.replaceAll(`{{${variable}}}`, String(value)),
    translations[language]['plugin-ambassadors'][name],
  )
}

describe('parseCsv', () => {
  it('should drop the byte order mark and split on semicolons', async () => {
    const parsed = await parseCsv('\uFEFFcourriel;prénom\nanne@example.fr;Anne\n', { maxRows: 10 })
    expect(parsed).toEqual({
      ok: true,
      table: { header: ['courriel', 'prénom'], rows: [{ cells: ['anne@example.fr', 'Anne'], row: 2 }] },
      tooManyRows: false,
    })
  })

  it('should read quoted cells holding separators, doubled quotes and line breaks', async () => {
    const parsed = await parseCsv('email,lastName,themes\r\na@example.fr,"Martin, dite ""Mado""","corporate,\nveille-metier"\r\n', {
      maxRows: 10,
    })
    expect(parsed.ok && parsed.table.rows).toEqual([
      { cells: ['a@example.fr', 'Martin, dite "Mado"', 'corporate,\nveille-metier'], row: 2 },
    ])
  })

  it('should keep a comma inside a semicolon-separated cell', async () => {
    const parsed = await parseCsv('email;themes\na@example.fr;corporate,veille-metier\n', { maxRows: 10 })
    expect(parsed.ok && parsed.table.rows[0]?.cells).toEqual(['a@example.fr', 'corporate,veille-metier'])
  })

  it('should pick the separator the header row uses most, outside quotes', async () => {
    expect([detectDelimiter('a;b;c\n1,2;3'), detectDelimiter('"a;b",c,d\n'), detectDelimiter('a\tb\n'), detectDelimiter('email\n')]).toEqual([
      ';',
      ',',
      '\t',
      ',',
    ])
  })

  it('should number rows as a spreadsheet does, blank lines and multi-line cells included', async () => {
    const parsed = await parseCsv('email,lastName\na@example.fr,"two\nlines"\n\nb@example.fr,B\n', { maxRows: 10 })
    expect(parsed.ok && parsed.table.rows.map(({ row, cells }) => [row, cells[0]])).toEqual([
      [2, 'a@example.fr'],
      [3, ''],
      [4, 'b@example.fr'],
    ])
  })

  it('should name the row of a quote never closed', async () => {
    expect(await parseCsv('email,lastName\na@example.fr,A\nb@example.fr,"B\n', { maxRows: 10 })).toEqual({
      error: { field: '', key: 'plugin-ambassadors:importQuoteNotClosed', row: 3 },
      ok: false,
    })
  })

  it('should refuse an empty file', async () => {
    expect(await parseCsv('\uFEFF', { maxRows: 10 })).toEqual({
      error: { field: '', key: 'plugin-ambassadors:importEmpty', row: 1 },
      ok: false,
    })
  })

  it('should refuse a header with more columns than an import reads, without reading the rows', async () => {
    const header = Array.from({ length: 150_000 }, (_, index) => `c${index}`).join(';')
    expect(await parseCsv(`${header}\n"never closed`, { maxColumns: 1000, maxRows: 10 })).toEqual({
      error: { field: '', key: 'plugin-ambassadors:importTooManyColumns', row: 1, vars: { max: 1000 } },
      ok: false,
    })
  })

  it('should refuse a row longer than allowed, the header included, naming its row', async () => {
    expect(await parseCsv(`email;${'x'.repeat(200)}\n`, { maxRowChars: 100, maxRows: 10 })).toEqual({
      error: { field: '', key: 'plugin-ambassadors:importRowTooLong', row: 1, vars: { max: 100 } },
      ok: false,
    })
  })

  it('should count the header’s columns outside quotes', async () => {
    expect((await parseCsv('email;"a;b";c\nx@example.fr;1;2\n', { maxColumns: 3, maxRows: 10 })).ok).toBe(true)
  })

  it('should let the event loop turn while it reads a large file', async () => {
    const rows = Array.from({ length: 20_000 }, (_, index) => `person${index}@example.fr;Prénom;Nom;fr;deux fois par mois`)
    const csv = ['email;prénom;nom;langue;fréquence', ...rows].join('\n')
    let turns = 0
    const ticker = setInterval(() => turns++, 0)
    const parsed = await parseCsv(csv, { maxRows: 20_000 })
    clearInterval(ticker)
    expect(parsed.ok && parsed.table.rows.length).toBe(20_000)
    expect(turns).toBeGreaterThan(10)
  })

  it('should say when the file has more rows than allowed', async () => {
    const parsed = await parseCsv('email\na@x.fr\nb@x.fr\nc@x.fr\n', { maxRows: 2 })
    expect(parsed.ok && [parsed.tooManyRows, parsed.table.rows.length]).toEqual([true, 2])
  })
})

describe('decodeCsvBytes', () => {
  it('should read UTF-8, and Excel’s Windows-1252 when the bytes are not UTF-8', async () => {
    const utf8 = new TextEncoder().encode('prénom')
    const windows1252 = Uint8Array.from([0x70, 0x72, 0xe9, 0x6e, 0x6f, 0x6d])
    expect([decodeCsvBytes(utf8), decodeCsvBytes(windows1252)]).toEqual(['prénom', 'prénom'])
  })
})

describe('mapColumns', () => {
  it('should recognise the French column names, whatever their case and accents', async () => {
    const { columns, errors, warnings } = mapColumns([
      'Courriel', 'PRÉNOM', 'Nom', 'Langue', 'Région', 'Métier', 'Thématiques', 'Fréquence', 'Phase', 'Statut',
    ])
    expect([Object.fromEntries([...columns].map(([field, { index }]) => [field, index])), errors, warnings]).toEqual([
      {
        businessLineNetwork: 5, email: 0, firstName: 1, frequency: 7, language: 3,
        lastName: 2, phase: 8, regionNetwork: 4, status: 9, themes: 6,
      },
      [],
      [],
    ])
  })

  it('should recognise the English column names', async () => {
    const { columns } = mapColumns([
      'E-mail', 'firstName', 'Last name', 'language', 'region', 'businessLine', 'themes', 'frequency', 'phase', 'status',
    ])
    expect([...columns.keys()]).toEqual([
      'email', 'firstName', 'lastName', 'language', 'regionNetwork', 'businessLineNetwork', 'themes', 'frequency', 'phase', 'status',
    ])
  })

  it('should warn once about an unknown column and ignore it', async () => {
    expect(mapColumns(['email', 'Notes RH', '']).warnings).toEqual([
      { column: 'Notes RH', field: '', key: 'plugin-ambassadors:importColumnUnknown', row: 1, vars: { column: 'Notes RH' } },
    ])
  })

  it('should refuse a file without an email column, and a field given twice', async () => {
    expect(mapColumns(['prénom', 'firstName']).errors).toEqual([
      { column: 'firstName', field: 'firstName', key: 'plugin-ambassadors:importColumnDuplicate', row: 1, vars: { column: 'firstName' } },
      { field: 'email', key: 'plugin-ambassadors:importEmailColumnMissing', row: 1 },
    ])
  })
})

describe('validateRows', () => {
  it('should resolve every column of a valid row, labels and names included', async () => {
    const { errors, rows } = await check(
      'courriel;prénom;nom;langue;région;métier;thématiques;fréquence;phase;statut\n' +
        ' Anne.Durand@Example.FR ;Anne;Durand;Français;auvergne-rhone-alpes;Énergies renouvelables;corporate | Industry watch;Mensuelle;primo;active\n',
    )
    expect([errors, rows]).toEqual([
      [],
      [
        {
          data: {
            businessLineNetwork: 3, firstName: 'Anne', frequency: 'monthly', language: 'fr', lastName: 'Durand',
            phase: 'primo', regionNetwork: 1, status: 'active', themes: [10, 11],
          },
          email: 'anne.durand@example.fr',
          row: 2,
        },
      ],
    ])
  })

  it('should set nothing for empty cells and skip blank rows', async () => {
    const { errors, rows } = await check('email,firstName,themes\n\na@example.fr,,\n')
    expect([errors, rows]).toEqual([[], [{ data: {}, email: 'a@example.fr', row: 3 }]])
  })

  it('should take a theme whose name holds a comma as one theme', async () => {
    expect((await check('email;themes\na@example.fr;"RH, marque employeur"\n')).rows[0]?.data.themes).toEqual([12])
  })

  it('should report each problem by row and field, with the column as the file names it', async () => {
    const { errors, rows } = await check(
      'Courriel,Fréquence,Région,Métier,Thématiques\n' +
        'ok@example.fr,,,,\n' +
        'not-an-address,weekly,,,\n' +
        'OK@example.fr,,Bretagne,Pays de la Loire,corporate|inconnue|autre\n' +
        ',,,,\n' +
        ',Mensuelle,,,\n',
    )
    expect(rows.map((row) => row.row)).toEqual([2])
    expect(errors.map(({ column, field, key, row, vars }) => ({ column, field, key, row, vars }))).toEqual([
      { column: 'Courriel', field: 'email', key: 'plugin-ambassadors:importEmailInvalid', row: 3, vars: { value: 'not-an-address' } },
      {
        column: 'Fréquence', field: 'frequency', key: 'plugin-ambassadors:importValueUnknown', row: 3,
        vars: { allowed: '« Deux fois par mois », « Une fois par mois », « En pause »', value: 'weekly' },
      },
      { column: 'Courriel', field: 'email', key: 'plugin-ambassadors:importEmailDuplicate', row: 4, vars: { row: 2 } },
      { column: 'Région', field: 'regionNetwork', key: 'plugin-ambassadors:importRegionUnknown', row: 4, vars: { value: 'Bretagne' } },
      {
        column: 'Métier', field: 'businessLineNetwork', key: 'plugin-ambassadors:importBusinessLineUnknown', row: 4,
        vars: { value: 'Pays de la Loire' },
      },
      { column: 'Thématiques', field: 'themes', key: 'plugin-ambassadors:importThemeUnknown', row: 4, vars: { values: 'inconnue, autre' } },
      { column: 'Courriel', field: 'email', key: 'plugin-ambassadors:importEmailRequired', row: 6, vars: undefined },
    ])
  })

  it('should refuse a row with more cells than the header has columns', async () => {
    expect((await check('email,firstName\na@example.fr,Anne,extra\n')).errors).toEqual([
      { field: '', key: 'plugin-ambassadors:importTooManyCells', row: 2 },
    ])
  })

  it('should word the messages in English and in French', async () => {
    const [invalid, unknown] = (await check('email,frequency\nnope,weekly\n')).errors
    expect([messageOf(invalid!, 'en'), messageOf(invalid!, 'fr'), messageOf(unknown!, 'fr')]).toEqual([
      '“nope” is not a valid email address.',
      '« nope » n’est pas une adresse e-mail valide.',
      '« weekly » ne fait pas partie des valeurs permises ici : « Deux fois par mois », « Une fois par mois », « En pause ».',
    ])
  })

  it('should accept the words the admin and the ambassadors’ pages show for each frequency, in French and English', async () => {
    const { errors, rows } = await check(
      'email,fréquence\n' +
        'a@example.fr,deux fois par mois\n' +
        'b@example.fr,Une fois par mois\n' +
        'c@example.fr,En pause : je ne reçois rien pour le moment\n' +
        'd@example.fr,Once a month\n' +
        'e@example.fr,Bimensuelle\n',
    )
    expect([errors, rows.map((row) => row.data.frequency)]).toEqual([
      [],
      ['twice-monthly', 'monthly', 'paused', 'monthly', 'twice-monthly'],
    ])
  })

  it('should list the allowed values by their English labels for an English reader', async () => {
    const [unknown] = (await check('email,status\na@example.fr,gone\n', 'en')).errors
    expect(messageOf(unknown!, 'en')).toBe(
      '“gone” is not one of the values allowed here: “Pending”, “Active”, “Unsubscribed”, “Bounced”.',
    )
  })
})

describe('planImport', () => {
  const stored = (fields: Partial<StoredAmbassador>): StoredAmbassador => ({
    email: 'a@example.fr',
    firstName: 'Anne',
    id: 7,
    regionNetwork: 1,
    status: 'active',
    themes: [11, 10],
    ...fields,
  })
  const plan = async (csv: string, existing?: StoredAmbassador) => {
    const { columns, rows } = await check(csv)
    return planImport(rows, new Map(existing ? [[existing.email, existing]] : []), columns)
  }

  it('should create an address not stored yet', async () => {
    expect((await plan('email,firstName\na@example.fr,Anne\n')).plans).toEqual([
      { action: 'create', data: { firstName: 'Anne' }, email: 'a@example.fr', row: 2 },
    ])
  })

  it('should leave a stored ambassador alone when the row says the same, themes in any order', async () => {
    expect((await plan('email,firstName,region,themes\nA@example.fr,Anne,Auvergne-Rhône-Alpes,corporate|veille-metier\n', stored({}))).plans).toEqual([
      { action: 'unchanged', id: 7, row: 2 },
    ])
  })

  it('should update only the fields that differ', async () => {
    expect((await plan('email,firstName,region\na@example.fr,Anne,Pays de la Loire\n', stored({}))).plans).toEqual([
      { action: 'update', data: { regionNetwork: 2 }, id: 7, row: 2 },
    ])
  })

  it('should keep the status of someone who unsubscribed, and warn', async () => {
    expect(await plan('email,statut\na@example.fr,actif\n', stored({ status: 'unsubscribed' }))).toEqual({
      plans: [{ action: 'unchanged', id: 7, row: 2 }],
      warnings: [{ column: 'statut', field: 'status', key: 'plugin-ambassadors:importUnsubscribedKept', row: 2 }],
    })
  })

  it('should warn that a new ambassador with an empty status cell is created pending', async () => {
    const { warnings } = await plan('email,statut\na@example.fr,\nb@example.fr,actif\n')
    expect(warnings.map((warning) => [warning.row, messageOf(warning, 'fr')])).toEqual([
      [2, 'Sans statut : ce nouvel ambassadeur est créé « En attente » et ne reçoit rien tant que son statut n’est pas « Actif ».'],
    ])
  })

  it('should say once, with the count, that a file without a status column creates its new ambassadors pending', async () => {
    const { warnings } = await plan('email,firstName\na@example.fr,Anne\nb@example.fr,Bob\nc@example.fr,Cléa\n', stored({ email: 'c@example.fr' }))
    expect(warnings.map((warning) => [warning.row, messageOf(warning, 'en')])).toEqual([
      [1, 'The file has no status column: the 2 new ambassador(s) are created “Pending” and receive nothing until their status is set to “Active”.'],
    ])
  })
})

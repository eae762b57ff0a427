import { describe, expect, it } from 'vitest'

import { ambassadorSearchUrl } from '../../src/components/IssuePreview/ambassadorSearchUrl.ts'

const paramsOf = (url: string) => Object.fromEntries(new URL(url).searchParams)

describe('the search of an ambassador to preview an issue as', () => {
  it('should ask the server for one short page of active ambassadors in name order, with only their names and email', () => {
    expect(paramsOf(ambassadorSearchUrl('http://localhost:3000/api/ambassadors', ''))).toEqual({
      depth: '0',
      limit: '8',
      'select[email]': 'true',
      'select[firstName]': 'true',
      'select[lastName]': 'true',
      sort: 'lastName,firstName',
      'where[and][0][status][equals]': 'active',
    })
  })

  it('should look for every word typed in the first name, the last name or the email', () => {
    const params = paramsOf(ambassadorSearchUrl('http://localhost:3000/api/ambassadors', '  Priya  shah '))
    expect(Object.entries(params).filter(([key]) => key.includes('[or]'))).toEqual([
      ['where[and][1][or][0][firstName][like]', 'Priya'],
      ['where[and][1][or][1][lastName][like]', 'Priya'],
      ['where[and][1][or][2][email][like]', 'Priya'],
      ['where[and][2][or][0][firstName][like]', 'shah'],
      ['where[and][2][or][1][lastName][like]', 'shah'],
      ['where[and][2][or][2][email][like]', 'shah'],
    ])
  })

  it('should search at most four words', () => {
    const params = paramsOf(ambassadorSearchUrl('http://localhost:3000/api/ambassadors', 'a b c d e f'))
    expect(Object.keys(params).filter((key) => key.endsWith('[firstName][like]'))).toHaveLength(4)
  })
})

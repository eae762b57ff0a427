import { describe, expect, it } from 'vitest'

import { isStatusThePlugins, statusChoicesFrom } from '../../src/newsletter/issueStatusChoices.ts'

describe('the statuses a person may choose for an issue', () => {
  it('should offer draft and scheduled to a new issue', () => {
    expect(statusChoicesFrom(undefined)).toEqual(['draft', 'scheduled'])
  })

  it('should offer draft and scheduled to a draft and to a scheduled issue', () => {
    expect([statusChoicesFrom('draft'), statusChoicesFrom('scheduled')]).toEqual([
      ['draft', 'scheduled'],
      ['draft', 'scheduled'],
    ])
  })

  it('should offer nothing but itself to a status the plugin owns', () => {
    expect(['sending', 'paused', 'sent', 'cancelled', 'skipped'].map(statusChoicesFrom)).toEqual([['sending'], ['paused'], ['sent'], ['cancelled'], ['skipped']])
  })

  it('should tell the plugin’s statuses from a person’s', () => {
    expect(['draft', 'scheduled', 'sent', 'skipped'].map(isStatusThePlugins)).toEqual([false, false, true, true])
  })
})

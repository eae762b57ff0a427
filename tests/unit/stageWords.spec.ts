import { describe, expect, it } from 'vitest'

import { decisionWords, stageLabels } from '../../src/workflow/stages.ts'

const decisions = Object.keys(decisionWords) as (keyof typeof decisionWords)[]

describe('the words of a decision', () => {
  it.each(decisions)('should say %s in English with its stage label’s word', (stage) => {
    expect(decisionWords[stage].en).toBe(stageLabels[stage].en.toLowerCase())
  })

  it.each(decisions)('should say %s in French with its stage label’s word, agreed with « suggestion »', (stage) => {
    expect(decisionWords[stage].fr).toMatch(new RegExp(`^${stageLabels[stage].fr.toLowerCase()}e?$`))
  })
})

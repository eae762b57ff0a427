import { describe, expect, it } from 'vitest'

import type { StageActor } from '../../src/workflow/stageTransitions.ts'

import { allowedNextStages } from '../../src/workflow/stageTransitions.ts'

const nobody: StageActor = { isAdmin: false, isAssignee: false, isEditor: false, isReviewer: false, isSubmitter: false }
const referent: StageActor = { ...nobody, isSubmitter: true }
const networkEditor: StageActor = { ...nobody, isEditor: true, isReviewer: true }
const otherEditor: StageActor = { ...nobody, isEditor: true }
const assignee: StageActor = { ...otherEditor, isAssignee: true }
const admin: StageActor = { ...nobody, isAdmin: true }

describe('allowedNextStages', () => {
  it.each([
    ['suggested', networkEditor, ['in-review']],
    ['suggested', admin, ['in-review']],
    ['suggested', otherEditor, []],
    ['suggested', referent, []],
    ['in-review', assignee, ['changes-requested', 'approved', 'rejected']],
    ['in-review', networkEditor, ['changes-requested', 'approved', 'rejected']],
    ['in-review', admin, ['changes-requested', 'approved', 'rejected']],
    ['in-review', otherEditor, []],
    ['in-review', referent, []],
    ['changes-requested', referent, ['suggested']],
    ['changes-requested', networkEditor, []],
    ['approved', otherEditor, ['archived']],
    ['approved', referent, []],
    ['rejected', otherEditor, ['in-review']],
    ['archived', admin, ['in-review']],
    ['archived', referent, []],
  ] as const)('should allow %s → %j for %o', (from, actor, expected) => {
    expect(allowedNextStages(from, actor)).toEqual(expected)
  })

  it('should never let a referent approve, from any stage', () => {
    const stages = ['suggested', 'in-review', 'changes-requested', 'approved', 'rejected', 'archived'] as const
    expect(stages.flatMap((from) => allowedNextStages(from, referent))).not.toContain('approved')
  })
})

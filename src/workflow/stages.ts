/** The editorial workflow's stages, in the order an item usually goes through them. */
export const contentStages = [
  'suggested',
  'in-review',
  'changes-requested',
  'approved',
  'rejected',
  'archived',
] as const

export type Stage = (typeof contentStages)[number]

export const stageLabels: Record<Stage, { en: string; fr: string }> = {
  approved: { en: 'Approved', fr: 'Validé' },
  archived: { en: 'Archived', fr: 'Archivé' },
  'changes-requested': { en: 'Changes requested', fr: 'Modifications demandées' },
  'in-review': { en: 'In review', fr: 'En relecture' },
  rejected: { en: 'Rejected', fr: 'Refusé' },
  suggested: { en: 'Suggested', fr: 'Suggéré' },
}

/**
 * A decision as said of the suggestion it was taken on, in emails: the word of the stage's label, agreed
 * with « suggestion » in French, so a referent reads the same word in their email as in the admin.
 */
export const decisionWords: Record<'approved' | 'changes-requested' | 'rejected', { en: string; fr: string }> = {
  approved: { en: 'approved', fr: 'validée' },
  'changes-requested': { en: 'changes requested', fr: 'modifications demandées' },
  rejected: { en: 'rejected', fr: 'refusée' },
}

/** Stages an item is still waiting on someone in: what an editor's inbox and workload count. */
export const openStages: Stage[] = ['suggested', 'in-review', 'changes-requested']

/** Open stages that wait on an editor: past its due date, an item here is overdue. */
export const overdueStages: Stage[] = ['suggested', 'in-review']

/** Stages in which the referent who submitted an item may still edit it. */
export const referentEditableStages: Stage[] = ['suggested', 'changes-requested']

/** Moves that need a comment (the referent must learn why). */
export const stagesNeedingComment: Stage[] = ['changes-requested', 'rejected']

/** Arriving in these stages emails someone: the reviewers, or the person who submitted the item. */
export const stagesWithNotification: Stage[] = ['suggested', 'changes-requested', 'approved', 'rejected']

/** True when `value` is one of the workflow's stages. */
export const isStage = (value: unknown): value is Stage =>
  typeof value === 'string' && (contentStages as readonly string[]).includes(value)

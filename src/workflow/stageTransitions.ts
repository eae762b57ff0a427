import type { Stage } from './stages.ts'

/** What the workflow needs to know about the person moving an item. */
export type StageActor = {
  isAdmin: boolean
  /** The item is assigned to them. */
  isAssignee: boolean
  isEditor: boolean
  /** An editor of the item's network or of one of its themes (any editor when it has no network). */
  isReviewer: boolean
  /** They submitted the item. */
  isSubmitter: boolean
}

/**
 * The editorial workflow: the stages `actor` may move an item to from `from`. Admins may do what
 * editors may; a referent only ever resubmits their own item after changes were requested.
 */
export const allowedNextStages = (from: Stage, actor: StageActor): Stage[] => {
  const isEditorOrAdmin = actor.isEditor || actor.isAdmin
  const isNetworkReviewer = actor.isAdmin || (actor.isEditor && actor.isReviewer)
  switch (from) {
    case 'approved':
      return isEditorOrAdmin ? ['archived'] : []
    case 'archived':
    case 'rejected':
      return isEditorOrAdmin ? ['in-review'] : []
    case 'changes-requested':
      return actor.isSubmitter ? ['suggested'] : []
    case 'in-review':
      return isNetworkReviewer || (isEditorOrAdmin && actor.isAssignee)
        ? ['changes-requested', 'approved', 'rejected']
        : []
    case 'suggested':
      return isNetworkReviewer ? ['in-review'] : []
  }
}

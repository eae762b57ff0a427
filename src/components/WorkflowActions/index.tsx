import type { UIFieldServerComponent } from 'payload'

import type { Stage } from '../../workflow/stages.ts'
import type { WorkflowAction } from './index.client.tsx'

import { isOnlyReferent } from '../../access/hasRole.ts'
import { toLanguage } from '../../translations/index.ts'
import { findAllowedStages } from '../../workflow/findAllowedStages.ts'
import { isStage, stageLabels, stagesNeedingComment } from '../../workflow/stages.ts'
import { WorkflowActionsClient } from './index.client.tsx'

export type WorkflowActionsServerProps = {
  slugs: { contentItems: string; referentNetworks: string; themes: string; users: string }
}

/** The button of each target stage; `in-review` reads "reopen" from a closed stage. */
const actionOf = (from: Stage, to: Stage): WorkflowAction['action'] => {
  switch (to) {
    case 'approved':
      return 'approve'
    case 'archived':
      return 'archive'
    case 'changes-requested':
      return 'request-changes'
    case 'in-review':
      return from === 'suggested' ? 'take-into-review' : 'reopen'
    case 'rejected':
      return 'reject'
    case 'suggested':
      return 'resubmit'
  }
}

/**
 * The item's decisions, in its edit view's sidebar: one button per move the signed-in user may make
 * from the item's stage, computed by `findAllowedStages` (the same rule as the workflow hook). Each
 * button posts to the collection's `move` endpoint.
 */
export const WorkflowActions: UIFieldServerComponent = async (props) => {
  const { data, id, i18n, payload, req } = props
  const { slugs } = props as unknown as WorkflowActionsServerProps
  const language = toLanguage(i18n.language)
  const from = isStage(data?.stage) ? data.stage : undefined
  if (!id || !from) {
    return (
      <WorkflowActionsClient
        actions={[]}
        endpoint=""
        isNew
        isReferent={isOnlyReferent(req.user, slugs.users)}
        stageLabel={stageLabels.suggested[language]}
      />
    )
  }
  const allowed = await findAllowedStages({ from, item: data ?? {}, req, slugs })
  const { api } = payload.config.routes
  return (
    <WorkflowActionsClient
      actions={allowed.map((to) => ({
        action: actionOf(from, to),
        needsComment: stagesNeedingComment.includes(to),
        stage: to,
        stageLabel: stageLabels[to][language],
      }))}
      endpoint={`${payload.config.serverURL ?? ''}${api}/${slugs.contentItems}/${encodeURIComponent(String(id))}/move`}
      isNew={false}
      isReferent={isOnlyReferent(req.user, slugs.users)}
      stageLabel={stageLabels[from][language]}
    />
  )
}

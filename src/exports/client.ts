export { SuggestionInboxClient } from '../components/SuggestionInbox/index.client.tsx'
export type {
  SuggestionInboxClientProps,
  SuggestionInboxFilter,
  SuggestionInboxFilterName,
  SuggestionInboxOption,
  SuggestionInboxRow,
} from '../components/SuggestionInbox/index.client.tsx'
export { ShareTextCounter } from '../components/ShareTextCounter/index.client.tsx'
export { CalendarNavLinkClient } from '../components/CalendarView/NavLink/index.client.tsx'
export type { CalendarNavLinkClientProps } from '../components/CalendarView/NavLink/index.client.tsx'
export { StageStatusClient } from '../components/StageStatus/index.client.tsx'
export { SuggestionPublishButtonClient } from '../components/SuggestionPublishButton/index.client.tsx'
export type { SuggestionPublishButtonClientProps } from '../components/SuggestionPublishButton/index.client.tsx'
export { WorkflowActionsClient } from '../components/WorkflowActions/index.client.tsx'
export type {
  WorkflowAction,
  WorkflowActionName,
  WorkflowActionsClientProps,
} from '../components/WorkflowActions/index.client.tsx'
export { ArrayRowLabel } from '../components/CalendarFields/ArrayRowLabel.client.tsx'
export { FeedUrl } from '../components/CalendarFields/FeedUrl.client.tsx'
export { RecurrenceSummary } from '../components/CalendarFields/RecurrenceSummary.client.tsx'
export { AmbassadorImportClient } from '../components/AmbassadorImport/index.client.tsx'
export type { AmbassadorImportClientProps } from '../components/AmbassadorImport/index.client.tsx'
export { BuildIssueButtonClient } from '../components/BuildIssueButton/index.client.tsx'
export type { BuildIssueButtonClientProps } from '../components/BuildIssueButton/index.client.tsx'
export { IssuePreviewClient } from '../components/IssuePreview/index.client.tsx'
export type { IssuePreviewClientProps, IssuePreviewSegment } from '../components/IssuePreview/index.client.tsx'
export { SendProgressClient } from '../components/SendProgress/index.client.tsx'
export type { SendProgressClientProps } from '../components/SendProgress/index.client.tsx'
export { RelationshipListCell } from '../components/RelationshipListCell/index.client.tsx'

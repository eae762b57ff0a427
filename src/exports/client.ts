export { SuggestionInboxClient } from '../components/SuggestionInbox/index.client.tsx'
export type {
  SuggestionInboxClientProps,
  SuggestionInboxFilter,
  SuggestionInboxFilterName,
  SuggestionInboxOption,
  SuggestionInboxRow,
} from '../components/SuggestionInbox/index.client.tsx'

export { SuggestionInbox } from '../components/SuggestionInbox/index.tsx'
export type { SuggestionInboxServerProps } from '../components/SuggestionInbox/index.tsx'

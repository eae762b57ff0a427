export { SuggestionInbox } from '../components/SuggestionInbox/index.tsx'

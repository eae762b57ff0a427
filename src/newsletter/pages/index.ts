export {
  type AmbassadorChoices,
  type ChoiceContext,
  choicesDiffer,
  findAmbassador,
  listActiveThemes,
  type PageSlugs,
  savePreferences,
  unsubscribeAmbassador,
} from './ambassadorChoices.ts'
export { checkFormToken, formTokenMaxAgeMs, type FormTokenCheck, issueFormToken } from './formToken.ts'
export { pageHeaders } from './pageLayout.ts'
export { type PageLanguage, type PageNotice, pageStrings, toPageLanguage } from './pageStrings.ts'
export { isOneClickBody, parsePreferencesForm, readBoundedText, readFormFields } from './preferencesForm.ts'
export { renderErrorPage } from './renderErrorPage.ts'
export { renderPreferencesPage, type ThemeChoice } from './renderPreferencesPage.ts'
export { renderUnsubscribePage, type UnsubscribeState } from './renderUnsubscribePage.ts'
export { isForeignPost, ownOrigins } from './requestOrigin.ts'

/** Task slugs are a Postgres enum on `payload-jobs`: they stay registered even when the plugin is disabled. */
export const taskSlugs = {
  archiveExpiredContent: 'ambassadorsArchiveExpiredContent',
  buildNewsletterIssues: 'ambassadorsBuildNewsletterIssues',
  confirmUserEmail: 'ambassadorsConfirmUserEmail',
  notifyStageChange: 'ambassadorsNotifyStageChange',
  remindOverdueItems: 'ambassadorsRemindOverdueItems',
  sendSuggestionDigest: 'ambassadorsSendSuggestionDigest',
} as const

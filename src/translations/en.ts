export const en = {
  'plugin-ambassadors': {
    emailInvalid: 'This is not a valid email address.',
    emailTaken: 'An ambassador already has this email address (addresses are compared without case).',
    endBeforeStart: 'The end must be on or after the start.',
    linkInvalid: 'The link must be a full http:// or https:// address.',
    networkChoose: 'You belong to several referent networks: choose the one this suggestion is for.',
    networkNone: 'You are not a member of any referent network yet: ask an administrator to add you to one.',
    networkNotMember: 'You can only submit to a referent network you are a member of.',
    memberNotReferent: 'Only users with the referent role can be members of a referent network.',
    memberNotEditor: 'Only users with the editor or admin role can be editors of a referent network.',
    parentCycle: 'A theme cannot be its own parent or the parent of one of its ancestors.',
    percentRange: 'Enter a percentage between 0 and 100.',
    colorInvalid: 'Enter a colour as #RRGGBB.',
    rolesRequired: 'Choose at least one role.',
    rruleInvalid: 'This recurrence rule (RRULE) is not valid: {{reason}}',
    rruleTooFrequent: 'A cadence repeats at most daily (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY).',
    shareTextTooLong: '{{network}} accepts at most {{max}} characters; this text has {{length}}.',
    stageCommentRequired: 'Add a comment saying why: the person who submitted it will receive it.',
    stageMoveNone: 'You cannot move this item from “{{from}}” to “{{to}}”: no move from “{{from}}” is open to you.',
    stageMoveNotAllowed:
      'You cannot move this item from “{{from}}” to “{{to}}”. From “{{from}}” you may move it to: {{allowed}}.',
    slugInvalid: 'Use lowercase letters, digits and hyphens only.',
    timeZoneInvalid: 'Unknown time zone: use an IANA name such as Europe/Paris.',
  },
}

export type AmbassadorsTranslationsObject = typeof en
export type AmbassadorsTranslationKey =
  `plugin-ambassadors:${keyof AmbassadorsTranslationsObject['plugin-ambassadors']}`

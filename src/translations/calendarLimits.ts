/** The strings of a calendar's size limits (rows per list, the work of checking its rules at save), merged into `en` and `fr`. */
export const calendarLimitsEn = {
  calendarTooManyCadences: 'A calendar holds at most {{max}} cadences: split it into several calendars.',
  calendarTooManyDeadPeriods: 'A calendar holds at most {{max}} dead periods: remove the past ones.',
  calendarTooManyPhases: 'A calendar holds at most {{max}} phases.',
  calendarTooManySlots: 'A calendar holds at most {{max}} planned slots: remove the past ones or split the calendar.',
  calendarTooManySkipDates: 'A cadence skips at most {{max}} days: end it and start a new one instead.',
  calendarRuleChecksTooLong:
    'Checking this calendar’s rules takes too much work (stopped at “{{label}}”): simplify the rules or split the calendar.',
}

export const calendarLimitsFr: Record<keyof typeof calendarLimitsEn, string> = {
  calendarTooManyCadences: 'Un calendrier contient au plus {{max}} rendez-vous récurrents : répartissez-les sur plusieurs calendriers.',
  calendarTooManyDeadPeriods: 'Un calendrier contient au plus {{max}} temps morts : supprimez ceux qui sont passés.',
  calendarTooManyPhases: 'Un calendrier contient au plus {{max}} phases.',
  calendarTooManySlots: 'Un calendrier contient au plus {{max}} créneaux planifiés : supprimez ceux qui sont passés ou répartissez-les sur plusieurs calendriers.',
  calendarTooManySkipDates: 'Un rendez-vous récurrent saute au plus {{max}} jours : arrêtez-le et créez-en un nouveau.',
  calendarRuleChecksTooLong:
    'Vérifier les règles de ce calendrier demande trop de travail (arrêt à « {{label}} ») : simplifiez les règles ou répartissez-les sur plusieurs calendriers.',
}

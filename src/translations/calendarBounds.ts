/** The strings of the calendar's bounds (dates at save, ranges asked, expansions refused), merged into `en` and `fr`. */
export const calendarBoundsEn = {
  calendarDayOutsideWindow: 'Choose a day between {{first}} and {{last}}.',
  calendarRangeOutsideWindow: 'The parameter “{{parameter}}” must be a day between {{first}} and {{last}}.',
  calendarMonthOutsideWindow: 'The calendar shows the months from {{first}} to {{last}}.',
  calendarTooLong:
    'This calendar is too long to expand over this range: the cadence “{{label}}” gives too many occurrences. Ask for a shorter range or simplify its rule.',
}

export const calendarBoundsFr: Record<keyof typeof calendarBoundsEn, string> = {
  calendarDayOutsideWindow: 'Choisissez un jour entre le {{first}} et le {{last}}.',
  calendarRangeOutsideWindow: 'Le paramètre « {{parameter}} » doit être un jour entre le {{first}} et le {{last}}.',
  calendarMonthOutsideWindow: 'Le calendrier affiche les mois de {{first}} à {{last}}.',
  calendarTooLong:
    'Ce calendrier est trop long à développer sur cette période : le rendez-vous récurrent « {{label}} » donne trop d’occurrences. Demandez une période plus courte ou simplifiez sa règle.',
}

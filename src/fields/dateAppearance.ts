/**
 * How the admin shows the plugin's dates, in every language: the day with the month's short name, as
 * in the inbox and the emails ("29 nov. 2026"). A due date or validity is a day, without a time.
 */
export const dayOnly = { date: { displayFormat: 'd MMM yyyy', pickerAppearance: 'dayOnly' as const } }

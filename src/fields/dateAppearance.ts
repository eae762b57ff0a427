/**
 * How the admin's date inputs show the plugin's days: `29/11/2026`, in French and British English alike
 * (the date picker's month names would follow the browser, not the admin's language). A due date or a
 * validity is a day, without a time.
 */
export const dayOnly = { date: { displayFormat: 'dd/MM/yyyy', pickerAppearance: 'dayOnly' as const } }

/**
 * How the admin shows the plugin's days (due dates, validity): `29/11/2026`, in French and British
 * English alike, without a time; the inbox formats its days the same way. (The date picker's month
 * names would follow the browser, not the admin's language.)
 */
export const dayOnly = { date: { displayFormat: 'dd/MM/yyyy', pickerAppearance: 'dayOnly' as const } }

/**
 * How the admin shows the plugin's days (due dates, validity): `29/11/2026`, in French and British
 * English alike, without a time; the inbox formats its days the same way. (The date picker's month
 * names would follow the browser, not the admin's language.)
 */
export const dayOnly = { date: { displayFormat: 'dd/MM/yyyy', pickerAppearance: 'dayOnly' as const } }

/** How the admin shows the plugin's moments: `29/11/2026 21:43`, 24-hour, the same days as `dayOnly`. */
export const dayAndTime = { date: { displayFormat: 'dd/MM/yyyy HH:mm', pickerAppearance: 'dayAndTime' as const, timeFormat: 'HH:mm' } }

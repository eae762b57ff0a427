/** The largest CSV file an import accepts, in bytes (5 MB). */
export const maxImportBytes = 5 * 1024 * 1024

/** The most ambassador rows one file may hold (the header row not counted). */
export const maxImportRows = 20_000

/** The most errors an answer lists; the total is always given. */
export const maxListedErrors = 1000

/** The most warnings an answer lists; the total is always given. */
export const maxListedWarnings = 1000

/** The most columns a header row may have (HR exports carry dozens, not thousands). */
export const maxImportColumns = 1000

/** The most characters one row may hold, the header included (1000 columns of 100 characters). */
export const maxImportRowChars = 100_000

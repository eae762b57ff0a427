import { publicHolidays } from '../../utilities/addWorkingDays.ts'

/** Collapsed array rows read as their title field, not "Cadence 01". */
export const rowLabel = (field: string) => ({
  RowLabel: { clientProps: { field }, path: 'payload-plugin-ambassadors/client#ArrayRowLabel' },
})

/** Years of public holidays the admin is given: enough for the periods an editor plans, without the holiday tables in the browser. */
const holidayYears = (from: number) => Array.from({ length: 7 }, (_, index) => from - 1 + index)

/** A dead period's row: its name and when its relaunch is (proposed, accepted, moved or dropped). */
export const deadPeriodRowLabel = (field: string, { holidayCountry, relaunchWorkingDays }: { holidayCountry: string; relaunchWorkingDays: number }) => ({
  RowLabel: {
    clientProps: {
      field,
      relaunch: {
        holidays: holidayYears(new Date().getUTCFullYear()).flatMap((year) => [...publicHolidays(holidayCountry, year)]),
        workingDays: relaunchWorkingDays,
      },
    },
    path: 'payload-plugin-ambassadors/client#ArrayRowLabel',
  },
})

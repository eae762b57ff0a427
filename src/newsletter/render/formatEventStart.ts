import { instantToWallTime } from '../../utilities/zonedTime.ts'

const pad = (value: number) => String(value).padStart(2, '0')

/** `dd/MM/yyyy HH:mm` in the time zone, or null when the start does not parse. */
export const formatEventStart = (start: string, timeZone: string): null | string => {
  const instant = Date.parse(start)
  if (Number.isNaN(instant)) {
    return null
  }
  const wall = new Date(instantToWallTime(timeZone, instant))
  return `${pad(wall.getUTCDate())}/${pad(wall.getUTCMonth() + 1)}/${wall.getUTCFullYear()} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`
}

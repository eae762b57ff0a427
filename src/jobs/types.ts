import type { SanitizedAmbassadorsOptions } from '../options.ts'

/** What a scheduled task of the plugin receives: its queue, whether to schedule, slugs and time zone. */
export type ScheduledTaskArgs = Pick<
  SanitizedAmbassadorsOptions,
  'enabled' | 'jobsQueue' | 'slugs' | 'timeZone'
>

import type { DeadPeriodPolicy, PhaseKind, PhaseWarning, RelaunchTask, SlotKind } from '../../calendar/types.ts'
import type { AmbassadorsTranslationKey } from '../../translations/index.ts'

export const baseClass = 'calendar-view'

export const kindKeys: Partial<Record<string, AmbassadorsTranslationKey>> = {
  content: 'plugin-ambassadors:calendarKindContent',
  'internal-comms': 'plugin-ambassadors:calendarKindInternalComms',
  newsletter: 'plugin-ambassadors:calendarKindNewsletter',
  notification: 'plugin-ambassadors:calendarKindNotification',
  prospection: 'plugin-ambassadors:calendarKindProspection',
  relaunch: 'plugin-ambassadors:calendarKindRelaunch',
  training: 'plugin-ambassadors:calendarKindTraining',
  workshop: 'plugin-ambassadors:calendarKindWorkshop',
} satisfies Record<SlotKind, AmbassadorsTranslationKey>

export const phaseKeys: Partial<Record<string, AmbassadorsTranslationKey>> = {
  beta: 'plugin-ambassadors:calendarPhaseBeta',
  continuous: 'plugin-ambassadors:calendarPhaseContinuous',
  primo: 'plugin-ambassadors:calendarPhasePrimo',
} satisfies Record<PhaseKind, AmbassadorsTranslationKey>

export const policyKeys: Partial<Record<string, AmbassadorsTranslationKey>> = {
  lighten: 'plugin-ambassadors:calendarPolicyLighten',
  none: 'plugin-ambassadors:calendarPolicyNone',
  pause: 'plugin-ambassadors:calendarPolicyPause',
} satisfies Record<DeadPeriodPolicy, AmbassadorsTranslationKey>

export const taskKeys: Partial<Record<string, AmbassadorsTranslationKey>> = {
  'content-push': 'plugin-ambassadors:calendarTaskContentPush',
  'relaunch-newsletter': 'plugin-ambassadors:calendarTaskRelaunchNewsletter',
  'training-or-workshop': 'plugin-ambassadors:calendarTaskTrainingOrWorkshop',
} satisfies Record<RelaunchTask, AmbassadorsTranslationKey>

export const warningKeys: Record<PhaseWarning['code'], AmbassadorsTranslationKey> = {
  cohortOutside: 'plugin-ambassadors:calendarWarningCohortOutside',
  durationOutside: 'plugin-ambassadors:calendarWarningDurationOutside',
  targetSizeOutside: 'plugin-ambassadors:calendarWarningTargetSizeOutside',
}

/** The kinds with a colour of their own; anything else (an older stored value) is drawn neutral. */
const colouredKinds = new Set(Object.keys(kindKeys))
export const kindClass = (kind: string | undefined) => `${baseClass}__item--${kind && colouredKinds.has(kind) ? kind : 'other'}`
export const phaseClass = (kind: string | undefined) => `${baseClass}__phase--${kind && kind in phaseKeys ? kind : 'other'}`

export const isWebLink = (value: string | undefined): value is string => Boolean(value && /^https?:\/\//i.test(value))

export const joinClasses = (...names: (false | string | undefined)[]) => names.filter(Boolean).join(' ')

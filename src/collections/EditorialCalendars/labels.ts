import type { CadenceKind, DeadPeriodPolicy, PhaseKind, RelaunchTask, SlotKind } from '../../calendar/types.ts'
import type { RecurrencePattern } from '../../calendar/recurrence.ts'
import type { relaunchDecisions } from '../../defaults.ts'

type Label = { en: string; fr: string }

export const cadenceKindLabels: Record<CadenceKind, Label> = {
  'internal-comms': { en: 'Internal communication', fr: 'Communication interne' },
  newsletter: { en: 'Ambassador newsletter', fr: 'Newsletter des ambassadeurs' },
  notification: { en: 'Notification', fr: 'Notification' },
  prospection: { en: 'Internal prospection', fr: 'Prospection interne' },
  training: { en: 'Training', fr: 'Formation' },
  workshop: { en: 'Workshop', fr: 'Atelier' },
}

export const slotKindLabels: Record<SlotKind, Label> = {
  ...cadenceKindLabels,
  content: { en: 'Content to push', fr: 'Contenu à pousser' },
  relaunch: { en: 'Relaunch', fr: 'Relance' },
}

export const deadPeriodPolicyLabels: Record<DeadPeriodPolicy, Label> = {
  lighten: { en: 'Lighten: one newsletter at most', fr: 'Alléger : une newsletter au plus' },
  none: { en: 'None: only shown', fr: 'Aucune : simple repère' },
  pause: { en: 'Pause: no newsletter', fr: 'Pause : aucune newsletter' },
}

export const relaunchDecisionLabels: Record<(typeof relaunchDecisions)[number], Label> = {
  accepted: { en: 'Accepted', fr: 'Acceptée' },
  dropped: { en: 'Dropped', fr: 'Abandonnée' },
  proposed: { en: 'Proposed', fr: 'Proposée' },
}

export const relaunchTaskLabels: Record<RelaunchTask, Label> = {
  'content-push': { en: 'Content push', fr: 'Relance de contenus à partager' },
  'relaunch-newsletter': { en: 'Relaunch newsletter', fr: 'Newsletter de relance' },
  'training-or-workshop': { en: 'Training or workshop', fr: 'Formation ou atelier' },
}

export const phaseKindLabels: Record<PhaseKind, Label> = {
  beta: { en: 'Beta ambassadors', fr: 'Bêta-ambassadeurs' },
  continuous: { en: 'Continuous recruiting', fr: 'Recrutement continu' },
  primo: { en: 'Primo-ambassadors', fr: 'Primo-ambassadeurs' },
}

export const recurrencePatternLabels: Record<RecurrencePattern, Label> = {
  custom: { en: 'Custom rule (RRULE, for experts)', fr: 'Règle personnalisée (RRULE, pour experts)' },
  'month-days': { en: 'On days of the month (e.g. the 1st and the 15th)', fr: 'Certains jours du mois (ex. le 1er et le 15)' },
  'monthly-weekday': { en: 'A weekday of the month (e.g. the first Thursday)', fr: 'Un jour de semaine du mois (ex. le premier jeudi)' },
  'quarterly-weekday': {
    en: 'A weekday of the quarter (e.g. the first Thursday of the quarter)',
    fr: 'Un jour de semaine du trimestre (ex. le premier jeudi du trimestre)',
  },
  weekly: { en: 'Every week (e.g. every Monday)', fr: 'Chaque semaine (ex. chaque lundi)' },
}

export { ordinalNames as ordinalLabels, weekdayNames as weekdayLabels } from '../../calendar/describeRecurrence.ts'

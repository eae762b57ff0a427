export type { CalendarData, Occurrence, OccurrenceStatus, OccurrenceType, PhaseKind } from '../calendar/types.ts'
export type {
  AmbassadorFrequency,
  AmbassadorStatus,
  ContentCategory,
  SocialNetwork,
} from '../defaults.ts'
export type { DeliveryWorker, DeliveryWorkerOptions } from '../delivery/deliveryWorker.ts'
export type { SmtpPool, SmtpPoolOptions } from '../delivery/smtp/createSmtpPool.ts'
export type { JobsRunner, JobsRunnerOptions } from '../jobs/jobsRunner.ts'
export type { AmbassadorsLanguage, AmbassadorsTranslationKey, AmbassadorsTranslationsObject } from '../translations/index.ts'
export type { AmbassadorsPluginOptions, SanitizedAmbassadorsOptions } from '../options.ts'
export type { AmbassadorsCollectionKey, AmbassadorsSlugMap, CollectionOverride, Role } from '../types.ts'
export type { DocumentId } from '../utilities/idOf.ts'
export type { StageActor } from '../workflow/stageTransitions.ts'
export type { Stage } from '../workflow/stages.ts'

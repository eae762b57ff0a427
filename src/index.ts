export { ambassadorsPlugin } from './plugins/ambassadorsPlugin.ts'
export { startJobsRunner } from './jobs/startJobsRunner.ts'
export type { JobsRunner, JobsRunnerOptions } from './jobs/startJobsRunner.ts'
export type {
  AmbassadorsCollectionKey,
  AmbassadorsPluginOptions,
  CollectionOverride,
} from './types.ts'
export { startDeliveryWorker } from './delivery/startDeliveryWorker.ts'
export type { DeliveryWorker, DeliveryWorkerOptions } from './delivery/startDeliveryWorker.ts'
export { createSmtpPool, dkimHeaderFieldNames, ignoresStartTlsByDefault } from './delivery/smtp/createSmtpPool.ts'
export type { SmtpPool, SmtpPoolOptions } from './delivery/smtp/createSmtpPool.ts'

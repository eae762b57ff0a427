export { startDeliveryWorker } from '../delivery/startDeliveryWorker.ts'
export type { DeliveryWorker, DeliveryWorkerOptions } from '../delivery/startDeliveryWorker.ts'
export { createSmtpPool, dkimHeaderFieldNames, ignoresStartTlsByDefault } from '../delivery/smtp/createSmtpPool.ts'
export type { SmtpPool, SmtpPoolOptions } from '../delivery/smtp/createSmtpPool.ts'

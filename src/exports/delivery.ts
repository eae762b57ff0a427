export { startDeliveryWorker } from '../plugins/startDeliveryWorker.ts'
export type { DeliveryWorker, DeliveryWorkerOptions } from '../delivery/deliveryWorker.ts'
export { createSmtpPool, dkimHeaderFieldNames, ignoresStartTlsByDefault } from '../delivery/smtp/createSmtpPool.ts'
export type { SmtpPool, SmtpPoolOptions } from '../delivery/smtp/createSmtpPool.ts'

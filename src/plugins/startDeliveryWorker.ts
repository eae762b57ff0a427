import type { DeliveryWorker, DeliveryWorkerOptions } from '../delivery/deliveryWorker.ts'

import { createDeliveryWorker } from '../delivery/deliveryWorker.ts'
import { buildSettingsOf } from '../newsletter/buildSettings.ts'
import { settingsOf } from './settingsOf.ts'

/**
 * Starts the newsletter's sending engine on a running Payload, with the settings the plugin was
 * configured with: any number of workers, on any number of machines sharing the database, send at once
 * (`createDeliveryWorker` says how).
 */
export const startDeliveryWorker = (options: DeliveryWorkerOptions): DeliveryWorker => {
  const settings = settingsOf(options.payload)
  return createDeliveryWorker(options, { ...buildSettingsOf(settings), slugs: settings.slugs })
}

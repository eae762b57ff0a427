import type { CollectionBeforeOperationHook } from 'payload'

/**
 * A REST create or update sent without a body reaches Payload with `data` undefined and fails with a
 * TypeError (a 500) before validation runs. Giving it an empty object turns that into the usual 400
 * that names the missing required fields.
 */
export const ensureOperationData: CollectionBeforeOperationHook = ({ args, operation }) => {
  if ((operation === 'create' || operation === 'update') && !args.data) {
    return { ...args, data: {} }
  }
  return args
}

import type { AmbassadorsTranslationKey } from '../../translations/index.ts'

export const baseClass = 'send-progress'

/** A delivery row's state, in the order the panel lists them. */
export type DeliveryState = 'failed' | 'pending' | 'retry' | 'sending' | 'sent' | 'suppressed' | 'uncertain'

export const deliveryStates: DeliveryState[] = ['pending', 'sending', 'sent', 'retry', 'failed', 'uncertain', 'suppressed']

export const stateLabels: Record<DeliveryState, AmbassadorsTranslationKey> = {
  failed: 'plugin-ambassadors:sendViewCountFailed',
  pending: 'plugin-ambassadors:sendViewCountPending',
  retry: 'plugin-ambassadors:sendViewCountRetry',
  sending: 'plugin-ambassadors:sendViewCountSending',
  sent: 'plugin-ambassadors:sendViewCountSent',
  suppressed: 'plugin-ambassadors:sendViewCountSuppressed',
  uncertain: 'plugin-ambassadors:sendViewCountUncertain',
}

/** Rows that are settled: the progress bar's share of the total. */
export const settledStates: DeliveryState[] = ['sent', 'failed', 'uncertain', 'suppressed']

export type Progress = {
  counts: Partial<Record<string, number>>
  lastErrors: { error: string; status: string; updated_at: string }[]
  /** Null until the send has run long enough for its pace to mean something, as `secondsLeft`. */
  messagesPerSecond: null | number
  secondsLeft: null | number
  status: string
  total: number
}

export type Answer = { errors?: { message?: string }[]; message?: string; status?: string }

/** The statuses whose delivery rows are worth showing. */
export const statusesWithProgress = ['sending', 'paused', 'sent', 'cancelled']

export const errorOf = (answer: Answer, fallback: string) =>
  answer.errors?.map((error) => error.message).filter(Boolean).join(' ') || fallback

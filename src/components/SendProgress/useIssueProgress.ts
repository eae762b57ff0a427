'use client'

import { useRouter } from 'next/navigation.js'
import React from 'react'

import { type Answer, errorOf, type Progress, statusesWithProgress } from './states.ts'

/** How often the progress is read again, per status; the other statuses do not change by themselves. */
const pollMs: Partial<Record<string, number>> = { paused: 10_000, sending: 2_000 }

/**
 * The issue's delivery progress, read from `<endpoint>/progress` while its status has rows worth showing
 * (every 2 s while it sends, every 10 s while paused) and again whenever `reads` changes (an action just
 * changed the rows). When the server's status differs (sent, or paused by the sender), `onStatus` gets
 * it and the view is refreshed so the form's fields follow.
 */
export const useIssueProgress = ({ endpoint, language, onStatus, reads, status }: {
  endpoint: string
  language: string
  onStatus: (status: string) => void
  reads: number
  status: string
}) => {
  const router = useRouter()
  const [progress, setProgress] = React.useState<null | Progress>(null)
  const [error, setError] = React.useState('')
  const statusRef = React.useRef(status)
  const onStatusRef = React.useRef(onStatus)

  React.useEffect(() => {
    statusRef.current = status
    onStatusRef.current = onStatus
  }, [onStatus, status])

  React.useEffect(() => {
    if (!statusesWithProgress.includes(status)) {
      setProgress(null)
      return
    }
    const controller = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    const read = async () => {
      try {
        const response = await fetch(`${endpoint}/progress`, {
          cache: 'no-store',
          credentials: 'include',
          headers: { 'accept-language': language },
          signal: controller.signal,
        })
        const answer = (await response.json().catch(() => ({}))) as Answer & Partial<Progress>
        if (!response.ok) {
          throw new Error(errorOf(answer, response.statusText))
        }
        setProgress(answer as Progress)
        setError('')
        if (answer.status && answer.status !== statusRef.current) {
          // Sent, or paused by the sender: the form's fields show the new state too.
          onStatusRef.current(answer.status)
          router.refresh()
          return
        }
      } catch (caught) {
        if (controller.signal.aborted) return
        setError(caught instanceof Error ? caught.message : String(caught))
      }
      const delay = pollMs[statusRef.current]
      if (delay && !controller.signal.aborted) {
        timer = setTimeout(() => void read(), delay)
      }
    }
    void read()
    return () => {
      controller.abort()
      clearTimeout(timer)
    }
    // `reads` only triggers a new read: an action just changed the rows.
  }, [endpoint, language, reads, router, status])

  return { error, progress }
}

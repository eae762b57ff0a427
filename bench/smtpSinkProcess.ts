import { fork } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** What the sink counted since its last reset, and what it cost it. */
export type SinkStats = {
  bytes: number
  connections: number
  /** CPU time of the sink process (user + system). */
  cpuMs: number
  /** Event-loop utilisation of the sink: near 1, the sink is the bottleneck. */
  elu: number
  errors: number
  messages: number
  rssMb: number
  wallMs: number
}

export type SinkRequest = { id: number; type: 'reset' | 'stats' }
export type SinkReply = { id: number; stats: SinkStats; type: 'stats' } | { port: number; type: 'ready' }

export type SmtpSink = {
  port: number
  /** Zeroes the counters (and the CPU and event-loop baselines); answers the counts before the reset. */
  reset: () => Promise<SinkStats>
  stats: () => Promise<SinkStats>
  stop: () => Promise<void>
}

const sinkEntry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'smtpSink.ts')

/**
 * Starts the smtp-server sink in a process of its own (so its CPU is not the sender's), on a free
 * loopback port, and talks to it over IPC.
 */
export const startSmtpSink = async (): Promise<SmtpSink> => {
  // Not the bench's own flags: a `--cpu-prof` of the sender must not profile the sink too.
  const child = fork(sinkEntry, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const pending = new Map<number, (stats: SinkStats) => void>()
  let nextId = 0
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`the SMTP sink exited (${code}) before listening`)))
    child.on('message', (reply: SinkReply) => {
      if (reply.type === 'ready') {
        resolve(reply.port)
      } else {
        pending.get(reply.id)?.(reply.stats)
        pending.delete(reply.id)
      }
    })
  })
  child.removeAllListeners('exit')
  const ask = (type: SinkRequest['type']) =>
    new Promise<SinkStats>((resolve) => {
      const id = ++nextId
      pending.set(id, resolve)
      child.send({ id, type } satisfies SinkRequest)
    })
  return {
    port,
    reset: () => ask('reset'),
    stats: () => ask('stats'),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        return
      }
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      child.kill('SIGTERM')
      await exited
    },
  }
}

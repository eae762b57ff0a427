// The send benchmark's SMTP sink, run as a child process (see smtpSinkProcess.ts): stock smtp-server on
// loopback, PIPELINING and 8BITMIME advertised (its defaults), no TLS, no AUTH, no reverse DNS; it
// accepts every message, counts it and its bytes and discards it. Counters, its own CPU time and its
// event-loop utilisation are read and reset over the IPC channel, so the sink needs no second port.
import type { AddressInfo } from 'node:net'

import { performance } from 'node:perf_hooks'
import { SMTPServer } from 'smtp-server'

import type { SinkReply, SinkRequest, SinkStats } from './smtpSinkProcess.ts'

const counters = { bytes: 0, connections: 0, errors: 0, messages: 0 }
let cpuBase = process.cpuUsage()
let eluBase = performance.eventLoopUtilization()
let startedAt = performance.now()

const server = new SMTPServer({
  authOptional: true,
  banner: 'bench sink',
  disableReverseLookup: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  hideSTARTTLS: true,
  logger: false,
  maxClients: 200,
  name: 'sink.bench.local',
  onConnect(_session, callback) {
    counters.connections++
    callback()
  },
  onData(stream, _session, callback) {
    let bytes = 0
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length
    })
    stream.on('end', () => {
      counters.messages++
      counters.bytes += bytes
      callback()
    })
  },
  size: 0,
})
server.on('error', () => {
  counters.errors++
})

const statsOf = (): SinkStats => {
  const cpu = process.cpuUsage(cpuBase)
  return {
    ...counters,
    cpuMs: (cpu.user + cpu.system) / 1000,
    elu: performance.eventLoopUtilization(eluBase).utilization,
    rssMb: process.memoryUsage().rss / 2 ** 20,
    wallMs: performance.now() - startedAt,
  }
}

const send = (reply: SinkReply) => process.send?.(reply)

process.on('message', (request: SinkRequest) => {
  if (request.type === 'reset') {
    Object.assign(counters, { bytes: 0, connections: 0, errors: 0, messages: 0 })
    cpuBase = process.cpuUsage()
    eluBase = performance.eventLoopUtilization()
    startedAt = performance.now()
  }
  send({ id: request.id, stats: statsOf(), type: 'stats' })
})
// Gone with the benchmark, whichever way it ends.
process.on('disconnect', () => process.exit(0))
process.on('SIGTERM', () => process.exit(0))

server.listen(0, '127.0.0.1', () => {
  send({ port: (server.server.address() as AddressInfo).port, type: 'ready' })
})

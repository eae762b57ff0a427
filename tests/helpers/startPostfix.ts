import type { ParsedMail } from 'mailparser'

import { simpleParser } from 'mailparser'
import { execFile, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * The listeners of the instance, each a master.cf service on its own loopback port:
 * - `plain`: no TLS offered, PIPELINING advertised (Postfix's defaults otherwise);
 * - `starttls`: STARTTLS with the certificate for the IP address 127.0.0.1 (`certificates.ip`);
 * - `starttlsName`: STARTTLS with the certificate for the name `localhost` (`certificates.name`);
 * - `smtps`: TLS from the first byte (wrapper mode), the IP certificate;
 * - `noPipelining`: PIPELINING not advertised (`smtpd_discard_ehlo_keywords`);
 * - `connectionLimit`: two connections at once per client (anvil), the third greeted with 421.
 */
export type PostfixService = 'connectionLimit' | 'noPipelining' | 'plain' | 'smtps' | 'starttls' | 'starttlsName'

/**
 * Recipients every service refuses, by local part (any domain), as Postfix's restrictions do: at RCPT
 * (`smtpd_recipient_restrictions`) or after the body (`smtpd_end_of_data_restrictions`).
 */
export const postfixRefusals = {
  /** 421 at RCPT: Postfix answers and closes the connection. */
  closeAtRcpt: 'closing421',
  /** 451 after the body (a quota policy that asks to try later). */
  deferAtEnd: 'quota451',
  /** 554 after the body (a policy that refuses the message). */
  refuseAtEnd: 'quota554',
} as const

export type DeliveredMail = { file: string; parsed: ParsedMail; raw: string; to: string }

export type Postfix = Awaited<ReturnType<typeof startPostfix>>

const services: Record<PostfixService, string[]> = {
  connectionLimit: ['smtpd_client_connection_count_limit=2', 'smtpd_client_event_limit_exceptions='],
  noPipelining: ['smtpd_discard_ehlo_keywords=pipelining'],
  plain: [],
  smtps: ['smtpd_tls_wrappermode=yes', 'smtpd_tls_security_level=encrypt', 'smtpd_tls_cert_file=${ip_cert}', 'smtpd_tls_key_file=${ip_key}'],
  starttls: ['smtpd_tls_security_level=may', 'smtpd_tls_cert_file=${ip_cert}', 'smtpd_tls_key_file=${ip_key}'],
  starttlsName: ['smtpd_tls_security_level=may', 'smtpd_tls_cert_file=${name_cert}', 'smtpd_tls_key_file=${name_key}'],
}

// The internal services a mail system needs, chroot off (nothing is set up inside the queue directory).
const internalServices = `
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
virtual   unix  -       n       n       -       -       virtual
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
`

/** The first `postfix` among the usual places: the harness refuses to run without one. */
const findPostfix = () => {
  const candidates = [...(process.env.PATH ?? '').split(':').filter(Boolean), '/usr/sbin', '/usr/local/sbin'].map((dir) => path.join(dir, 'postfix'))
  return candidates.find((candidate) => fs.existsSync(candidate))
}

/** When a Maildir file was delivered, from its name (`<seconds>.V…I…M<microseconds>.<host>`). */
const deliveredAt = (file: string) => {
  const [, seconds = '0', micros = '0'] = /^(\d+)\..*?M(\d+)/.exec(file) ?? []
  return Number(seconds) * 1e6 + Number(micros)
}

/** `count` loopback ports free now, all different: every probe is held open until each has its port. */
const freePorts = async (count: number) => {
  const probes = await Promise.all(
    Array.from({ length: count }, () => new Promise<net.Server>((resolve, reject) => {
      const probe = net.createServer().once('error', reject)
      probe.listen(0, '127.0.0.1', () => resolve(probe))
    })),
  )
  const ports = probes.map((probe) => (probe.address() as net.AddressInfo).port)
  await Promise.all(probes.map((probe) => new Promise((resolve) => probe.close(resolve))))
  return ports
}

/** A self-signed certificate (its own trust anchor) for one subjectAltName, made by openssl. */
const makeCertificate = async (dir: string, name: string, subjectAltName: string) => {
  const cert = path.join(dir, `${name}.crt`)
  const key = path.join(dir, `${name}.key`)
  const commonName = subjectAltName.replace(/^(IP|DNS):/, '')
  await run('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', `/CN=${commonName}`, '-addext', `subjectAltName=${subjectAltName}`, '-keyout', key, '-out', cert])
  fs.chmodSync(key, 0o600)
  return { cert: fs.readFileSync(cert, 'utf8'), certFile: cert, keyFile: key }
}

/**
 * A private Postfix (the machine's own, e.g. Debian's package) started as root in a temporary directory:
 * its own configuration, queue, data and Maildir, listening only on 127.0.0.1 (one free port per
 * `PostfixService`), never relaying: every address of every domain is delivered to one Maildir, read
 * back with mailparser. The machine's own Postfix (its main.cf and master.cf, its queue, its daemon) is
 * neither used nor changed: `postfix -c DIR` runs the same programs on DIR's main.cf and master.cf.
 * Fails loudly when Postfix is missing or the tests do not run as root (CI installs it, as `npm test` does).
 */
export const startPostfix = async () => {
  const postfix = findPostfix()
  if (!postfix) {
    throw new Error('startPostfix: Postfix is not installed (apt-get install postfix): the SMTP tests need a real MTA')
  }
  if (process.getuid?.() !== 0) {
    throw new Error('startPostfix: the Postfix tests run as root (a Postfix master starts as root and drops to the postfix user)')
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'postfix-test-'))
  // Postfix's processes (user postfix) and the delivery agent (uid 65534) walk down from here.
  fs.chmodSync(root, 0o755)
  const dir = (name: string) => path.join(root, name)
  for (const name of ['etc', 'queue', 'data', 'mail']) {
    fs.mkdirSync(dir(name), { mode: 0o755 })
  }
  const config = dir('etc')
  const stop = async () => {
    await run(postfix, ['-c', config, 'stop']).catch(() => undefined)
    fs.rmSync(root, { force: true, recursive: true })
    process.off('exit', stopAtExit)
  }
  // A test process that dies does not leave a master behind.
  const stopAtExit = () => {
    try {
      execFileSync(postfix, ['-c', config, 'abort'], { stdio: 'ignore' })
    } catch {}
    fs.rmSync(root, { force: true, recursive: true })
  }
  process.on('exit', stopAtExit)
  try {
    return await configureAndStart({ config, dir, postfix, root, stop })
  } catch (error) {
    const log = fs.existsSync(dir('maillog')) ? fs.readFileSync(dir('maillog'), 'utf8') : ''
    await stop()
    throw new Error(`startPostfix: Postfix did not start (${(error as Error).message})\n${log}`)
  }
}

const configureAndStart = async ({ config, dir, postfix, root, stop }: { config: string; dir: (name: string) => string; postfix: string; root: string; stop: () => Promise<void> }) => {
  const [ip, name] = await Promise.all([makeCertificate(config, 'ip', 'IP:127.0.0.1'), makeCertificate(config, 'name', 'DNS:localhost')])
  const names = Object.keys(services) as PostfixService[]
  const free = await freePorts(names.length)
  const ports = Object.fromEntries(names.map((service, index) => [service, free[index]!])) as Record<PostfixService, number>
  fs.writeFileSync(path.join(config, 'rcpt_access'), `${postfixRefusals.closeAtRcpt}@ 421 4.7.0 Service shutting down, closing the connection\n`)
  fs.writeFileSync(
    path.join(config, 'eod_access'),
    `${postfixRefusals.deferAtEnd}@ 451 4.2.2 Mailbox over quota, try again later\n${postfixRefusals.refuseAtEnd}@ 554 5.7.1 Message refused by policy\n`,
  )
  const mainCf = {
    compatibility_level: '3.6',
    data_directory: dir('data'),
    queue_directory: dir('queue'),
    maillog_file: dir('maillog'),
    maillog_file_prefixes: root,
    myhostname: 'mx.postfix.test',
    mydomain: 'postfix.test',
    myorigin: '$myhostname',
    inet_interfaces: '127.0.0.1',
    inet_protocols: 'ipv4',
    mynetworks: '127.0.0.0/8',
    smtpd_peername_lookup: 'no',
    // Nothing is local, nothing is relayed: every domain is a virtual mailbox domain, one Maildir for all.
    mydestination: '',
    relay_domains: '',
    alias_maps: '',
    alias_database: '',
    local_recipient_maps: '',
    virtual_mailbox_domains: 'static:all',
    virtual_mailbox_base: dir('mail'),
    virtual_mailbox_maps: 'static:inbox/',
    virtual_uid_maps: 'static:65534',
    virtual_gid_maps: 'static:65534',
    virtual_transport: 'virtual',
    default_transport: 'error:5.7.1 this test instance never relays',
    relay_transport: 'error:5.7.1 this test instance never relays',
    smtpd_relay_restrictions: 'permit_mynetworks, reject',
    smtpd_recipient_restrictions: `check_recipient_access texthash:${path.join(config, 'rcpt_access')}`,
    smtpd_end_of_data_restrictions: `check_recipient_access texthash:${path.join(config, 'eod_access')}`,
    smtpd_tls_received_header: 'yes',
    ip_cert: ip.certFile,
    ip_key: ip.keyFile,
    name_cert: name.certFile,
    name_key: name.keyFile,
  }
  fs.writeFileSync(path.join(config, 'main.cf'), Object.entries(mainCf).map(([key, value]) => `${key} = ${value}\n`).join(''))
  const listeners = names.map((service) =>
    [`127.0.0.1:${ports[service]} inet n - n - - smtpd`, ...services[service].map((option) => `  -o ${option}`)].join('\n'),
  )
  fs.writeFileSync(path.join(config, 'master.cf'), `${listeners.join('\n')}\n${internalServices}`)
  await run('chown', ['postfix', dir('data')])
  fs.chmodSync(dir('data'), 0o700)
  fs.chownSync(dir('mail'), 65534, 65534)
  await run(postfix, ['-c', config, 'start'])

  const maildir = path.join(dir('mail'), 'inbox', 'new')
  const readMaildir = async (): Promise<DeliveredMail[]> => {
    const files = fs.existsSync(maildir) ? fs.readdirSync(maildir).sort((a, b) => deliveredAt(a) - deliveredAt(b)) : []
    return Promise.all(
      files.map(async (file) => {
        const raw = fs.readFileSync(path.join(maildir, file), 'utf8')
        const parsed = await simpleParser(raw)
        // The envelope recipient, as Postfix's delivery agent wrote it on top of the message.
        return { file, parsed, raw, to: /^Delivered-To: (.*)$/m.exec(raw)?.[1] ?? '' }
      }),
    )
  }
  const isQueueEmpty = async () => (await run('postqueue', ['-c', config, '-p'])).stdout.includes('Mail queue is empty')

  return {
    certificates: { ip, name },
    /** The instance's log (`maillog_file`), e.g. to count refused connections. */
    log: () => fs.readFileSync(dir('maillog'), 'utf8'),
    ports,
    /** Everything delivered so far, oldest first. */
    readMaildir,
    /** Empties the Maildir (between tests). */
    clearMaildir: () => {
      fs.rmSync(maildir, { force: true, recursive: true })
    },
    stop,
    /** The service's URL: `smtps://` for `smtps`, `smtp://` otherwise; `host` (127.0.0.1) may be `localhost`. */
    url: (service: PostfixService, { host = '127.0.0.1' }: { host?: string } = {}) => `${service === 'smtps' ? 'smtps' : 'smtp'}://${host}:${ports[service]}`,
    /**
     * Resolves once `count` messages are in the Maildir and nothing is left in Postfix's queue (so no
     * late message can still arrive), or rejects after `timeoutMs` with what the queue holds.
     */
    waitForDelivery: async (count: number, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const delivered = fs.existsSync(maildir) ? fs.readdirSync(maildir).length : 0
        if (delivered >= count && (await isQueueEmpty())) {
          return readMaildir()
        }
        if (Date.now() > deadline) {
          const queue = (await run('postqueue', ['-c', config, '-p'])).stdout
          throw new Error(`Postfix delivered ${delivered} message(s), ${count} expected, within ${timeoutMs} ms; queue:\n${queue}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
  }
}

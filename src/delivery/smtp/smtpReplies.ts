/** One SMTP reply: its code and its text, the lines of a multi-line reply joined by `\n`. */
export type SmtpReply = { code: number; text: string }

type Waiter = { reject: (error: Error) => void; resolve: (reply: SmtpReply) => void }

/**
 * The replies of one SMTP connection, in order: feed it what the socket reads (`latin1`), take replies
 * with `next()` (queued when they came first, awaited otherwise); once the connection is lost, every
 * waiting and later `next()` rejects with why.
 */
export class SmtpReplies {
  private buffer = ''
  private lines: string[] = []
  private lost: Error | undefined
  private replies: SmtpReply[] = []
  private waiters: Waiter[] = []

  /** Whether anything was read that no one has taken yet (a reply, or part of one). */
  get hasPending() {
    return this.replies.length > 0 || this.buffer.length > 0 || this.lines.length > 0
  }

  /** Why the connection ended, if it did. */
  get error() {
    return this.lost
  }

  push(chunk: string) {
    this.buffer += chunk
    let end: number
    while ((end = this.buffer.indexOf('\r\n')) >= 0) {
      const line = this.buffer.slice(0, end)
      this.buffer = this.buffer.slice(end + 2)
      this.lines.push(line)
      if (line[3] !== '-') {
        const reply = { code: Number(line.slice(0, 3)), text: this.lines.join('\n') }
        this.lines = []
        const waiter = this.waiters.shift()
        if (waiter) {
          waiter.resolve(reply)
        } else {
          this.replies.push(reply)
        }
      }
    }
  }

  next(): Promise<SmtpReply> {
    const queued = this.replies.shift()
    if (queued) {
      return Promise.resolve(queued)
    }
    if (this.lost) {
      return Promise.reject(this.lost)
    }
    return new Promise((resolve, reject) => this.waiters.push({ reject, resolve }))
  }

  /** The connection is gone: the first reason given is kept. */
  fail(error: Error) {
    this.lost ??= error
    for (const waiter of this.waiters.splice(0)) {
      waiter.reject(this.lost)
    }
  }
}

/**
 * A reply as one line, for errors and the delivery records: its code first, then its text (a multi-line
 * reply's lines joined), so that what the server said is never recorded without the code it said it with.
 */
export const describeReply = ({ code, text }: SmtpReply) => `${code} ${text.split('\n').map((line) => line.slice(4)).join(' ')}`.trimEnd()

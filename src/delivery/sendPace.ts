/** The shortest stretch of sending that says something about its pace. */
const minimumWindowSeconds = 10

/**
 * The pace of a send and the time it has left, from the messages sent over the recent window (at most a
 * minute, from the first of them to now). Nothing is claimed before the window spans
 * `minimumWindowSeconds`: a send's first seconds (connections opening, a half-empty minute) say little,
 * and a small send is over before any estimate would be honest.
 */
export const estimateSendPace = ({ left, sent, windowSeconds }: { left: number; sent: number; windowSeconds: number }) => {
  if (sent === 0 || windowSeconds < minimumWindowSeconds) {
    return { messagesPerSecond: null, secondsLeft: null }
  }
  const perSecond = sent / windowSeconds
  return { messagesPerSecond: Math.round(perSecond * 10) / 10, secondsLeft: Math.round(left / perSecond) }
}

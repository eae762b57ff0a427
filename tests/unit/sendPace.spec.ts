import { describe, expect, it } from 'vitest'

import { estimateSendPace } from '../../src/delivery/sendPace.ts'

describe('the pace and time left of a send', () => {
  it('should claim no pace and no time left in the first seconds of a send', () => {
    // 40 sent in the first 4 s of a 156-message send: the old per-minute reading said "≈ 2 min".
    expect(estimateSendPace({ left: 116, sent: 40, windowSeconds: 4 })).toEqual({ messagesPerSecond: null, secondsLeft: null })
  })

  it('should claim no pace before any message is sent', () => {
    expect(estimateSendPace({ left: 156, sent: 0, windowSeconds: 30 })).toEqual({ messagesPerSecond: null, secondsLeft: null })
  })

  it('should measure the pace over the time the recent messages took, not over a whole minute', () => {
    expect(estimateSendPace({ left: 1000, sent: 200, windowSeconds: 20 })).toEqual({ messagesPerSecond: 10, secondsLeft: 100 })
  })
})

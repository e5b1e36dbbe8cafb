import { describe, expect, it } from 'vitest'
import { retryDelay, retryable } from '../../src/events/backoff'

describe('retryDelay', () => {
  it('grows exponentially, jittered within each step', () => {
    expect(retryDelay(1, 1)).toBe(1000)
    expect(retryDelay(2, 1)).toBe(2000)
    expect(retryDelay(5, 1)).toBe(16000)
    expect(retryDelay(5, 0.5)).toBe(8000)
  })

  it('never waits less than a quarter second, nor more than five minutes', () => {
    expect(retryDelay(1, 0)).toBe(250)
    expect(retryDelay(40, 1)).toBe(300_000)
  })

  it('waits at least as long as Retry-After says, in seconds or as a date', () => {
    expect(retryDelay(1, 0.5, '30')).toBe(30_000)
    const now = Date.UTC(2026, 10, 22, 12)
    expect(retryDelay(1, 0.5, new Date(now + 90_000).toUTCString(), now)).toBe(90_000)
  })

  it('ignores a Retry-After it cannot read or that lies in the past', () => {
    expect(retryDelay(1, 1, 'soon')).toBe(1000)
    expect(retryDelay(1, 1, 'Thu, 01 Jan 1970 00:00:00 GMT')).toBe(1000)
  })
})

describe('retryable', () => {
  it.each([[408, true], [429, true], [500, true], [503, true], [400, false], [401, false], [404, false], [413, false]])('%i is worth retrying: %s', (status, expected) => {
    expect(retryable(status)).toBe(expected)
  })
})

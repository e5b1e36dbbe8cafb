import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTicker } from '../../src/card/ticker'

beforeEach(() => { vi.useFakeTimers({ now: Date.UTC(2026, 11, 1, 12) }) })
afterEach(() => { vi.useRealTimers() })

const env = { now: () => Date.now(), setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms), clearTimeout: (timer: ReturnType<typeof setTimeout>) => clearTimeout(timer) }

/** A card's element whose window has an IntersectionObserver the test reports changes through. */
const observed = () => {
  const seen: { report?: (changes: Partial<IntersectionObserverEntry>[]) => void } = {}
  class Observer {
    constructor(callback: (changes: Partial<IntersectionObserverEntry>[]) => void) { seen.report = callback }
    observe() {}
    disconnect() {}
  }
  const el = { ownerDocument: { defaultView: { IntersectionObserver: Observer } } } as unknown as Element
  return { el, report: (...changes: boolean[]) => seen.report!(changes.map((isIntersecting) => ({ isIntersecting }))) }
}

describe('createTicker', () => {
  it('follows the last of several changes reported at once: scrolled out and back in, the card ticks', async () => {
    // An observer reports every change since its last report, oldest first (a busy page, a fast scroll).
    const { el, report } = observed()
    const tick = vi.fn(() => 1000)
    createTicker(env).tickWhileVisible(el, tick)
    report(false, true)
    const calls = tick.mock.calls.length
    await vi.advanceTimersByTimeAsync(3000)
    expect(tick.mock.calls.length).toBe(calls + 3)
  })
})

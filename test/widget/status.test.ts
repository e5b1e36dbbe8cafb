import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createStatus } from '../../src/widget/status'

beforeEach(() => { vi.useFakeTimers() })
afterEach(() => { vi.useRealTimers() })

/** A live region on timers, as a widget has one; `shown` is every text it drew. */
const region = () => {
  const shown: string[] = []
  const status = createStatus((fn, ms) => void setTimeout(fn, ms), () => shown.push(status.text()))
  return { status, shown }
}

describe('the live region', () => {
  it('says nothing of a product the widget has left: words due when another product came are dropped', () => {
    const { status } = region()
    status.say('Last hour of the offer')
    vi.advanceTimersByTime(20)
    // Another product comes in within the 50 ms the region waits before speaking.
    status.clear()
    vi.advanceTimersByTime(100)
    expect(status.text()).toBe('')
  })

  it('keeps words said again for their whole time: an earlier message\'s end does not cut them short', () => {
    const { status } = region()
    status.say('Link copied')
    vi.advanceTimersByTime(3000)
    status.say('Link copied')
    // The first message's time ends at 4050 ms; the second's runs to 7050 ms.
    vi.advanceTimersByTime(1500)
    expect(status.text()).toBe('Link copied')
    vi.advanceTimersByTime(2500) // 7000 ms
    expect(status.text()).toBe('Link copied')
    vi.advanceTimersByTime(100)
    expect(status.text()).toBe('')
  })

  it('empties the region before the words, so the same words twice are announced twice', () => {
    const { status, shown } = region()
    status.say('Link copied')
    vi.advanceTimersByTime(100)
    status.say('Link copied')
    vi.advanceTimersByTime(100)
    expect(shown).toEqual(['', 'Link copied', '', 'Link copied'])
  })
})

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { lazy, loadOnce, retryGaps, tryTimeout } from '../../src/lib/load-once'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

/** A part that fails `failures` times, then loads; counts every try. */
const flaky = (failures: number) => {
  const tries: number[] = []
  const load = (key: string) => {
    tries.push(Date.now())
    return tries.length > failures ? Promise.resolve(`value of ${key}`) : Promise.reject(new TypeError('Failed to fetch'))
  }
  return { tries, load }
}

describe('loadOnce', () => {
  it('loads a part once, however often it is asked for', async () => {
    const part = flaky(0)
    const icons = loadOnce('icon', part.load)
    await Promise.all([icons.load('x'), icons.load('x'), icons.tried('x')])
    expect(await icons.load('x')).toBe('value of x')
    expect(icons.get('x')).toBe('value of x')
    expect(part.tries).toHaveLength(1)
  })

  it('leaves no timer behind once a try is over, loaded or failed (under Node one would hold the process open)', async () => {
    const icons = loadOnce('icon', flaky(0).load)
    await icons.load('x')
    expect(vi.getTimerCount()).toBe(0)
    const missing = loadOnce('icon', flaky(Infinity).load)
    const outcome = missing.load('y').catch(() => 'given up')
    await vi.runAllTimersAsync()
    expect(await outcome).toBe('given up')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('tries a missing part 3 times, 1 s then 4 s apart, then gives it up with one warning', async () => {
    const part = flaky(Infinity)
    const warn = vi.fn()
    const icons = loadOnce('icon', part.load)
    const outcome = icons.load('telegram', warn).catch((error: Error) => error)
    await vi.runAllTimersAsync()
    expect(await outcome).toBeInstanceOf(TypeError)
    expect(part.tries).toHaveLength(3)
    expect([part.tries[1]! - part.tries[0]!, part.tries[2]! - part.tries[1]!]).toEqual(retryGaps)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]!.slice(0, 2)).toEqual(['SC305', 'icon telegram'])

    // Given up: asking again, from any widget, makes no request and says nothing more.
    await expect(icons.load('telegram', warn)).rejects.toBeInstanceOf(TypeError)
    await icons.tried('telegram', warn)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(part.tries).toHaveLength(3)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(icons.failed('telegram')).toBe(true)
  })

  it('counts a try that gets no answer in 10 s as failed: the first try is over, the retries are bounded, a late arrival is kept', async () => {
    const tries: number[] = []
    let arrive: (value: string) => void = () => {}
    const stalled = new Promise<string>((settle) => (arrive = settle))
    const warn = vi.fn()
    const icons = loadOnce('icon', () => (tries.push(Date.now()), stalled))
    const final = icons.load('reddit', warn).catch((error: Error) => error)
    let over = false
    void icons.tried('reddit').then(() => (over = true))
    await vi.advanceTimersByTimeAsync(tryTimeout - 1)
    expect(over).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(over).toBe(true)
    expect(icons.failed('reddit')).toBe(true)
    await vi.runAllTimersAsync()
    const outcome = await final
    expect(outcome).toBeInstanceOf(Error)
    expect((outcome as Error).message).toMatch(/no answer in 10 s/)
    expect(tries.map((at) => at - tries[0]!)).toEqual([0, tryTimeout + retryGaps[0]!, 2 * tryTimeout + retryGaps[0]! + retryGaps[1]!])
    expect(warn).toHaveBeenCalledTimes(1)
    // The answer comes after all: kept, for the next draw.
    arrive('late path')
    await vi.advanceTimersByTimeAsync(0)
    expect(icons.get('reddit')).toBe('late path')
  })

  it('says when the first try is over, so a widget can draw without the part while it retries', async () => {
    const part = flaky(1)
    const tables = loadOnce('locale', part.load)
    const final = tables.load('de')
    await tables.tried('de')
    expect(tables.failed('de')).toBe(true)
    expect(tables.get('de')).toBeUndefined()
    await vi.advanceTimersByTimeAsync(retryGaps[0]!)
    expect(await final).toBe('value of de')
    expect(tables.failed('de')).toBe(false)
    expect(part.tries).toHaveLength(2)
  })

  it('keeps each key apart and serves preset values without loading', async () => {
    const part = flaky(0)
    const tables = loadOnce('locale', part.load, [['en', 'English']])
    expect(tables.get('en')).toBe('English')
    expect(await tables.load('en')).toBe('English')
    expect(await tables.load('fr')).toBe('value of fr')
    expect(part.tries).toHaveLength(1)
  })
})

describe('lazy', () => {
  it('is one part without keys, with the same bounded tries', async () => {
    const part = flaky(Infinity)
    const warn = vi.fn()
    const extras = lazy('extras', () => part.load('extras'))
    const outcome = extras(warn).catch(() => 'given up')
    await vi.runAllTimersAsync()
    expect(await outcome).toBe('given up')
    expect(part.tries).toHaveLength(3)
    expect(warn.mock.calls.map((call) => call.slice(0, 2))).toEqual([['SC305', 'extras']])
  })
})

describe('loadOnce, a load that throws at once', () => {
  it('counts the throw as a failed try: retried with the same gaps, given up once, never thrown to the caller', async () => {
    let tries = 0
    const warn = vi.fn()
    const part = loadOnce('icon', () => { tries++; throw new TypeError('Invalid URL') })
    const outcome = part.load('x', warn).catch((error: Error) => error.message)
    await vi.runAllTimersAsync()
    expect(await outcome).toBe('Invalid URL')
    expect(tries).toBe(3)
    expect(warn).toHaveBeenCalledTimes(1)
  })
})

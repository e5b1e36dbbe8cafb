import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { controls, scratch, testEnv, mount } from '../env'

const start = Date.UTC(2026, 11, 1, 12)
const product = { url: 'https://shop.example/p/1', title: 'Trail shoe', price: 75, originalPrice: 100, currency: 'EUR', channels: 'x' }
/** The text the X link shares. */
const shared = (target: Element) => new URL(controls(target)[0]!.getAttribute('href')!).searchParams.get('text')

beforeEach(() => { vi.useFakeTimers({ now: start }) })
afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('the widget’s offer over time', () => {
  it('keeps share copy about the offer true on a widget without a card: the time left runs, the offer ends', async () => {
    const target = scratch()
    const widget = mount(target, { ...product, deadline: new Date(start + 5000).toISOString(), templates: { default: '{title}: {discount} off, ends in {timeLeft}' } }, testEnv().env)
    expect(shared(target)).toBe('Trail shoe: -25% off, ends in 00:00:05')
    await vi.advanceTimersByTimeAsync(3000)
    expect(shared(target)).toBe('Trail shoe: -25% off, ends in 00:00:02')
    await vi.advanceTimersByTimeAsync(3000)
    expect(shared(target)).toBe('Trail shoe')
    // A widget that shows no offer says nothing about its end.
    expect(target.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('')
    widget.destroy()
  })

  it('drops the offer from share copy that does not name the time left once the deadline passes', async () => {
    const target = scratch()
    const widget = mount(target, { ...product, deadline: new Date(start + 2 * 3_600_000).toISOString(), templates: { default: '{title}: {discount} off' } }, testEnv().env)
    await vi.advanceTimersByTimeAsync(1000)
    expect(shared(target)).toBe('Trail shoe: -25% off')
    await vi.advanceTimersByTimeAsync(2 * 3_600_000)
    expect(shared(target)).toBe('Trail shoe')
    widget.destroy()
  })

  it('keeps an ended offer ended when the shopper\'s clock is set back (by hand, or a sync): the card and the copy stay without it', async () => {
    const target = scratch()
    const options = { ...product, card: true, deadline: new Date(start + 5000).toISOString(), templates: { default: '{title}: {discount} off' } }
    const widget = mount(target, options, testEnv().env)
    const root = target.shadowRoot!
    expect(shared(target)).toBe('Trail shoe: -25% off')
    await vi.advanceTimersByTimeAsync(6000)
    expect(root.querySelector('[data-part="card"]')!.getAttribute('data-state')).toBe('ended')
    expect(shared(target)).toBe('Trail shoe')
    // The clock goes back a minute, to before the deadline; anything that draws the widget again.
    vi.setSystemTime(start - 60_000)
    widget.update(options)
    await vi.advanceTimersByTimeAsync(1000)
    expect(root.querySelector('[data-part="card"]')!.getAttribute('data-state')).toBe('ended')
    expect(root.querySelector('[data-part="discount"]')).toBeNull()
    expect(shared(target)).toBe('Trail shoe')
    widget.destroy()
  })

  it('gives a sold-out product\'s card no countdown and no "last hour" announcement, and still drops its discount at the deadline', async () => {
    const target = scratch()
    const widget = mount(target, { ...product, card: true, stock: 0, deadline: new Date(start + 2 * 3_600_000).toISOString() }, testEnv().env)
    await vi.advanceTimersByTimeAsync(1000)
    const root = target.shadowRoot!
    expect(root.querySelector('[data-part="countdown"]')).toBeNull()
    expect(root.querySelector('[data-part="stock"]')!.textContent).toBe('Sold out')
    expect(root.querySelector('[data-part="discount"]')!.textContent).toBe('-25%')
    await vi.advanceTimersByTimeAsync(3_600_000) // into the last hour: nothing to hurry for, nothing said
    expect(root.querySelector('[role="status"]')!.textContent).toBe('')
    await vi.advanceTimersByTimeAsync(3_600_000)
    expect(root.querySelector('[data-part="discount"]')).toBeNull()
    widget.destroy()
  })
})

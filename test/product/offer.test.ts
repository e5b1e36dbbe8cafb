import { describe, expect, it } from 'vitest'
import { offer } from '../../src/product/offer'

const now = Date.UTC(2026, 11, 1, 12)
const base = { url: 'https://s.example/p', title: 'T' }

describe('offer', () => {
  it.each([
    [100, 75, 25], [100, 99.5, 0], [159, 129, 18], [3, 2, 33], [100, 0.5, 99], [19.99, 14.99, 25],
    // whole percents that floating point division puts a hair below (29 / 100 * 100 is 28.999999999999996)
    [100, 71, 29], [100, 42, 58], [50, 21, 58], [200, 86, 57], [100, 71.01, 28],
  ])('a price of %d down to %d is %d%% off, rounded down', (originalPrice, price, discount) => {
    expect(offer({ ...base, price, originalPrice }, now).discount).toBe(discount || undefined)
  })

  it('has no discount without both prices, or when the original is not higher', () => {
    expect(offer({ ...base, price: 10 }, now).discount).toBeUndefined()
    expect(offer({ ...base, originalPrice: 10 }, now).discount).toBeUndefined()
    expect(offer({ ...base, price: 10, originalPrice: 9 }, now).discount).toBeUndefined()
  })

  it('counts down to a deadline, and ends at it', () => {
    expect(offer({ ...base, deadline: now + 5000 }, now)).toMatchObject({ left: 5000, ended: false })
    expect(offer({ ...base, deadline: now }, now)).toMatchObject({ left: undefined, ended: true })
    expect(offer({ ...base, deadline: now - 1 }, now).ended).toBe(true)
  })

  it('counts down only where it means something: not for a sold-out product, nor to a deadline more than 31 days away (a placeholder such as the end of next year)', () => {
    const day = 86_400_000
    expect(offer({ ...base, deadline: now + 31 * day }, now)).toMatchObject({ left: 31 * day, countdown: 31 * day })
    const far = offer({ ...base, price: 75, originalPrice: 100, deadline: now + 390 * day }, now)
    expect(far).toMatchObject({ left: 390 * day, countdown: undefined, discount: 25, ended: false })
    expect(offer({ ...base, deadline: now + day, stock: 0 }, now)).toMatchObject({ left: day, countdown: undefined, soldOut: true })
  })

  it('shows no countdown and never ends without a deadline', () => {
    expect(offer(base, now)).toMatchObject({ left: undefined, ended: false })
  })

  it('drops the discount once the offer has ended', () => {
    expect(offer({ ...base, price: 75, originalPrice: 100, deadline: now - 1 }, now).discount).toBeUndefined()
  })

  it.each([
    [0, undefined, true], [3, 3, false], [5, 5, false], [6, undefined, false], [50, undefined, false], [undefined, undefined, false],
  ])('stock %s is low: %s, sold out: %s', (stock, low, soldOut) => {
    expect(offer({ ...base, stock }, now)).toMatchObject({ low, soldOut })
  })

  it('takes another threshold for low stock', () => {
    expect(offer({ ...base, stock: 8 }, now, 10).low).toBe(8)
  })
})

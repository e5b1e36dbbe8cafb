import { describe, expect, it } from 'vitest'
import { copyValues } from '../../src/share/copy-values'
import { formatPrice } from '../../src/i18n/format-price'

describe('formatPrice', () => {
  it('formats a price in the locale with its currency', () => {
    expect(formatPrice(1299, 'en', 'USD')).toBe('$1,299.00')
    expect(formatPrice(1299, 'de-DE', 'EUR')).toBe('1.299,00\u00a0€')
    expect(formatPrice(99, 'zh-CN', 'CNY')).toBe('¥99.00')
  })

  it('formats a bare number where the currency is unknown', () => {
    expect(formatPrice(1299.5, 'en')).toBe('1,299.5')
  })
})

describe('copyValues', () => {
  it('names the units left only while they are few, as the card\'s low-stock cue: never "Only 0 left" nor "Only 50 left"', () => {
    const product = { url: 'https://s.example/', title: 'T' }
    const now = Date.now()
    expect(copyValues({ ...product, stock: 3 }, 'en', now).stock).toBe('3')
    expect(copyValues({ ...product, stock: 3 }, 'ar-EG', now).stock).toBe(new Intl.NumberFormat('ar-EG').format(3)) // the locale's digits, as the price's
    expect(copyValues({ ...product, stock: 8 }, 'en', now, 10).stock).toBe('8')
    for (const stock of [0, 6, 50]) expect(copyValues({ ...product, stock }, 'en', now).stock, String(stock)).toBeUndefined()
    // Once the offer has ended, no cue of it stays.
    expect(copyValues({ ...product, stock: 3, deadline: now - 1 }, 'en', now).stock).toBeUndefined()
  })

  it('leaves out what the product does not have', () => {
    const values = copyValues({ url: 'https://s.example/', title: 'T' }, 'en', Date.now())
    expect(values.title).toBe('T')
    expect(values.price).toBeUndefined()
    expect(values.originalPrice).toBeUndefined()
  })
})

describe('copyValues for an offer', () => {
  const now = Date.UTC(2026, 11, 1, 12)
  const sale = { url: 'https://s.example/', title: 'Trail shoe', price: 75, originalPrice: 100, currency: 'EUR', deadline: now + 2 * 3_600_000, stock: 3 }

  it('names the discount, the original price, the deadline, the time left and the stock while the offer runs', () => {
    const values = copyValues(sale, 'en', now)
    expect(values).toMatchObject({ price: '€75.00', originalPrice: '€100.00', discount: '-25%', timeLeft: '02:00:00', stock: '3' })
    expect(values.deadline).toMatch(/Dec/)
  })

  it('drops every offer value once the deadline has passed, so templates fall back to plain copy', () => {
    const values = copyValues(sale, 'en', sale.deadline + 1)
    expect(values.discount).toBeUndefined()
    expect(values.originalPrice).toBeUndefined()
    expect(values.deadline).toBeUndefined()
    expect(values.timeLeft).toBeUndefined()
    expect(values.price).toBe('€75.00')
  })

  it('has no discount where the original price is not higher', () => {
    expect(copyValues({ ...sale, originalPrice: 75 }, 'en', now).discount).toBeUndefined()
  })
})

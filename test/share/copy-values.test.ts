import { describe, expect, it } from 'vitest'
import { copyValues, formatPrice } from '../../src/share/copy-values'

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
  it('leaves out what the product does not have', () => {
    const values = copyValues({ url: 'https://s.example/', title: 'T' }, 'en')
    expect(values.title).toBe('T')
    expect(values.price).toBeUndefined()
    expect(values.originalPrice).toBeUndefined()
  })
})

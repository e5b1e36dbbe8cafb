import { describe, expect, it } from 'vitest'
import { parseCurrency } from '../../src/product/parse-currency'

describe('parseCurrency', () => {
  it.each([
    ['EUR', 'EUR'],
    ['usd', 'USD'],
    [' jpy ', 'JPY'],
    ['Chf', 'CHF'],
  ])('reads %j as %j', (value, code) => {
    expect(parseCurrency(value)).toBe(code)
  })

  it.each([
    ['a symbol', '€'],
    ['two letters', 'EU'],
    ['four letters', 'EURO'],
    ['digits', '978'],
    ['letters with accents', 'ÉUR'],
    ['a code with a space inside', 'E UR'],
    ['an empty string', ''],
    ['a number', 978],
    ['null', null],
    ['an object', { code: 'EUR' }],
  ])('rejects %s', (_, value) => {
    expect(parseCurrency(value)).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { parsePrice, parseStock } from '../../src/product/parse-price'

describe('parsePrice', () => {
  it.each([
    ['19.99', 19.99],
    ['1,299.00', 1299],
    ['1.299,00', 1299],
    ['1 299,00', 1299],
    ['1\u00A0299,00', 1299],
    ['1\u202F299,00\u00A0€', 1299],
    ["1'299.00", 1299],
    ['1’299.00', 1299],
    ['€ 1.299,00', 1299],
    ['$1,299', 1299],
    ['1299', 1299],
    ['0,99', 0.99],
    ['12.345', 12345],
    ['0.500', 0.5],
    ['1,000,000.50', 1000000.5],
    ['1.000.000', 1000000],
    ['19,9', 19.9],
    ['1234,56', 1234.56],
    ['  42  ', 42],
    ['42 €', 42],
    ['£5', 5],
    ['0', 0],
  ])('reads the price tag %j as %d', (text, price) => {
    expect(parsePrice(text)).toBe(price)
  })

  it.each([19.99, 0, 1e12])('passes the number %d through', (value) => {
    expect(parsePrice(value)).toBe(value)
  })

  it('turns -0 into 0', () => {
    expect(Object.is(parsePrice(-0), 0)).toBe(true)
  })

  it.each([
    ['NaN', NaN],
    ['a negative number', -1],
    ['Infinity', Infinity],
    ['a number over 1e12', 1e12 + 1],
    ['"free"', 'free'],
    ['an empty string', ''],
    ['"1.2.3,4,5"', '1.2.3,4,5'],
    ['a negative string', '-19.99'],
    ['"- 5"', '- 5'],
    ['"Infinity"', 'Infinity'],
    ['exponent notation', '1e5'],
    ['hex', '0x10'],
    ['a price over 1e12', '9 999 999 999 999'],
    ['a range', '10 - 20'],
    ['mixed group separators', '1.234,567.89'],
    ['the group mark as decimal mark', '1,299,00'],
    ['a short last group', '1,234,56.00'],
    ['a doubled separator', '1,,299'],
    ['a trailing separator', '12.'],
    ['a leading separator', '.99'],
    ['words after the number', '12 free'],
    ['a label before the number', 'was 20'],
    ['a currency code', '19.99 EUR'],
    ['a boolean', true],
    ['null', null],
    ['a bigint', 10n],
    ['an object', { price: 1 }],
    ['an array', [19.99]],
  ])('rejects %s', (_, value) => {
    expect(parsePrice(value)).toBeUndefined()
  })
})

describe('parseStock', () => {
  it.each([
    [3, 3],
    [0, 0],
    ['12', 12],
    [' 7 ', 7],
    ['007', 7],
    ['1,000', 1000],
    [12.0, 12],
  ])('reads %j as the count %d', (value, count) => {
    expect(parseStock(value)).toBe(count)
  })

  it.each([
    ['a fraction', 1.5],
    ['a negative number', -1],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['a number over 1e12', 1e13],
    ['a decimal string', '1.5'],
    ['a negative string', '-1'],
    ['words', '5 left'],
    ['an empty string', ''],
    ['null', null],
    ['an object', { value: 3 }],
  ])('rejects %s', (_, value) => {
    expect(parseStock(value)).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { parseStock } from '../../src/product/parse-stock'

describe('parseStock', () => {
  it.each([
    [3, 3],
    [0, 0],
    ['12', 12],
    [' 7 ', 7],
    ['007', 7],
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
    ['a grouped number', '1,000'],
    ['an empty string', ''],
    ['null', null],
    ['an object', { value: 3 }],
  ])('rejects %s', (_, value) => {
    expect(parseStock(value)).toBeUndefined()
  })
})

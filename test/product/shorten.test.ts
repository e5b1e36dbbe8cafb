import { describe, expect, it } from 'vitest'
import { shorten } from '../../src/product/shorten'

describe('shorten', () => {
  it('keeps short values as they are', () => {
    expect(shorten('19,99')).toBe('19,99')
    expect(shorten(42)).toBe('42')
  })

  it('cuts values past 80 characters with an ellipsis', () => {
    expect(shorten('x'.repeat(5000))).toBe('x'.repeat(80) + '…')
  })

  it('never throws, not even for an object without toString', () => {
    expect(shorten(Object.create(null))).toBe('[object Object]')
    expect(shorten(Symbol('price'))).toBe('Symbol(price)')
  })
})

import { describe, expect, it } from 'vitest'
import { capText, cleanText } from '../../src/product/clean-text'

describe('cleanText', () => {
  it('trims and collapses whitespace into single spaces', () => {
    expect(cleanText('  Red \t running\n\nshoes\u00A0 ')).toBe('Red running shoes')
  })

  it('removes control characters', () => {
    expect(cleanText('Red\u0000 sho\u0007es\u009B\u007F\u0085')).toBe('Red shoes')
  })

  it('collapses line breaks too, as share copy is one paragraph', () => {
    expect(cleanText(' Warm.\r\n\r\n\r\nDry. \n  Light.\t ')).toBe('Warm. Dry. Light.')
  })

  it('writes a number as text, as JSON-LD SKUs often are', () => {
    expect(cleanText(12345)).toBe('12345')
  })

  it.each([
    ['a blank string', ' \n\t '],
    ['control characters only', '\u0000\u0001'],
  ])('gives an empty string for %s', (_, value) => {
    expect(cleanText(value)).toBe('')
  })

  it.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['null', null],
    ['an object', { title: 'x' }],
    ['an array', ['x']],
    ['a boolean', true],
  ])('gives nothing for %s', (_, value) => {
    expect(cleanText(value)).toBeUndefined()
  })
})

describe('capText', () => {
  it('keeps text up to the cap as it is', () => {
    expect(capText('Winter', 6)).toBe('Winter')
  })

  it('cuts longer text to the cap, ending in an ellipsis', () => {
    const text = capText('abcdefghij', 5)
    expect(text).toBe('abcd…')
    expect(text.length).toBe(5)
  })

  it('drops a space before the ellipsis', () => {
    expect(capText('Winter jacket', 8)).toBe('Winter…')
  })

  it('never splits an emoji in half', () => {
    expect(capText('abc😀def', 5)).toBe('abc…')
  })
})

import { describe, expect, it } from 'vitest'
import { cleanText } from '../../src/product/clean-text'

describe('cleanText', () => {
  it('trims and collapses whitespace into single spaces', () => {
    expect(cleanText('  Red \t running\n\nshoes\u00A0 ')).toBe('Red running shoes')
  })

  it('removes control characters', () => {
    expect(cleanText('Red\u0000 sho\u0007es\u009B\u007F')).toBe('Red shoes')
  })

  it('keeps line breaks in multiline text, with at most one blank line', () => {
    expect(cleanText(' Warm.\r\n\r\n\r\n\r\nDry. \n  Light.\t ', true)).toBe('Warm.\n\nDry.\nLight.')
  })

  it('writes a number as text, as JSON-LD SKUs often are', () => {
    expect(cleanText(12345)).toBe('12345')
  })

  it.each([
    ['a blank string', ' \n\t '],
    ['control characters only', '\u0000\u0001'],
    ['NaN', NaN],
    ['null', null],
    ['an object', { title: 'x' }],
    ['an array', ['x']],
    ['a boolean', true],
  ])('gives nothing for %s', (_, value) => {
    expect(cleanText(value)).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { capText } from '../../src/product/cap-text'

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

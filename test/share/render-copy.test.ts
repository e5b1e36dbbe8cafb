import { describe, expect, it } from 'vitest'
import { renderCopy } from '../../src/share/render-copy'

describe('renderCopy', () => {
  it('fills every placeholder it has a value for', () => {
    expect(renderCopy('{title} – {price}', '{title}', { title: 'Trail shoe', price: '€129.00' })).toBe('Trail shoe – €129.00')
  })

  it('falls back to the plain copy when the template names missing data', () => {
    expect(renderCopy('{title} – {price}', '{title}', { title: 'Trail shoe' })).toBe('Trail shoe')
  })

  it('treats an unknown placeholder as missing data', () => {
    expect(renderCopy('{title} {nonsense}', '{title}', { title: 'Trail shoe' })).toBe('Trail shoe')
  })

  it('treats names inherited by every object ({constructor}, {toString}) as missing data', () => {
    expect(renderCopy('{constructor} {title}', '{title} {__proto__}', { title: 'Trail shoe' })).toBe('Trail shoe')
    expect(renderCopy('{toString}', '{hasOwnProperty}', { title: 'Trail shoe' })).toBe('Trail shoe')
  })

  it('shows values as text, placeholders inside values untouched', () => {
    expect(renderCopy('{title}', '{title}', { title: '<img src=x onerror=alert(1)> {price}', price: '1' })).toBe('<img src=x onerror=alert(1)> {price}')
  })

  it('places the link where the template says', () => {
    expect(renderCopy('See {url} now', '{title}', { title: 'T', url: 'https://s.example/' })).toBe('See https://s.example/ now')
  })
})

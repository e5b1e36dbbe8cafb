// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { optionsKey } from '../../src/react/options-key'

describe('optionsKey', () => {
  it('is the same for equal options built anew, whatever the order of their keys', () => {
    const a = { channels: ['x', 'copy'], price: 20, templates: { x: 'Look', default: 'See' } }
    const b = { templates: { default: 'See', x: 'Look' }, price: 20, channels: ['x', 'copy'] }
    expect(optionsKey(a)).toBe(optionsKey(b))
  })

  it.each([
    ['another channel order', { channels: ['x', 'copy'] }, { channels: ['copy', 'x'] }],
    ['another price', { price: 20 }, { price: 21 }],
    ['a price as text', { price: 20 }, { price: '20' }],
    ['NaN, which JSON would write as null', { price: Number.NaN }, { price: null }],
    ['another template', { templates: { x: 'Look' } }, { templates: { x: 'See' } }],
    ['another deadline', { deadline: new Date('2026-12-01T00:00:00Z') }, { deadline: new Date('2026-12-02T00:00:00Z') }],
  ])('differs for %s', (_, a, b) => {
    expect(optionsKey(a)).not.toBe(optionsKey(b))
  })

  it('counts an undefined option as not given, as update() does', () => {
    expect(optionsKey({ url: 'https://shop.example/p/1', stock: undefined })).toBe(optionsKey({ url: 'https://shop.example/p/1' }))
  })

  it('takes a date and its ISO text for the same deadline', () => {
    expect(optionsKey({ deadline: new Date('2026-12-01T22:59:00Z') })).toBe(optionsKey({ deadline: '2026-12-01T22:59:00.000Z' }))
  })
})

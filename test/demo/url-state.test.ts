import { describe, expect, it } from 'vitest'
import { defaults } from '../../demo/playground/settings'
import { decodeSettings, encodeSettings } from '../../demo/playground/url-state'

const base = defaults('2026-12-01T23:59:00Z')

describe('settings in the address', () => {
  it('writes nothing for the defaults', () => {
    expect(encodeSettings(base, base)).toBe('')
  })

  it('round-trips changed settings, copy with any characters included', () => {
    const settings = { ...base, layout: 'pills' as const, channels: ['x' as const, 'telegram' as const], templates: { x: 'Très bien 👟 {title} & {price}' },
      variants: [{ name: 'a', templates: {} }, { name: 'b', templates: { default: '中文 {title}' } }], preview: 'b' }
    const hash = encodeSettings(settings, base)
    expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+$/)
    expect(decodeSettings(hash, base)).toEqual(settings)
  })

  it('keeps the defaults for what a hand-edited link gets wrong', () => {
    const json = JSON.stringify({ layout: 'huge', channels: ['x', 'nope', 'x'], radius: 'round', variants: [{ name: 'B!', templates: {} }], preview: 'zz' })
    const hash = '#s=' + btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
    const settings = decodeSettings(hash, base)
    expect(settings.layout).toBe('labels')
    expect(settings.channels).toEqual(['x'])
    expect(settings.radius).toBe(8)
    expect(settings.variants).toEqual([])
    expect(settings.preview).toBe('')
  })

  it('opens a link with no channel it knows with the default channels, not an empty widget', () => {
    // A link from a later version (a channel this one lacks) or edited by hand.
    for (const channels of [[], ['nope'], ['tiktok', 'x2']]) {
      const hash = '#s=' + btoa(JSON.stringify({ channels })).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
      expect(decodeSettings(hash, base).channels).toEqual(base.channels)
    }
  })

  it('keeps one variant of a name that an edited link repeats, so the snippet names its attributes once', () => {
    const variants = [{ name: 'a', templates: { default: 'One' } }, { name: 'a', templates: { default: 'Two' } }, { name: 'b', templates: {} }]
    const hash = '#s=' + btoa(JSON.stringify({ variants })).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
    expect(decodeSettings(hash, base).variants).toEqual([{ name: 'a', templates: { default: 'One' } }, { name: 'b', templates: {} }])
  })

  it('ignores a hash that is not its own', () => {
    expect(decodeSettings('#reviews', base)).toBe(base)
    expect(decodeSettings('#s=%%%', base)).toBe(base)
    expect(decodeSettings('#s=bm90IGpzb24', base)).toBe(base)
  })
})

import { describe, expect, it } from 'vitest'
import { sharedUrl } from '../../src/share/shared-url'
import { shareId } from '../../src/lib/share-id'

describe('sharedUrl', () => {
  const attribution = { channel: 'whatsapp', campaign: 'black-friday', shareId: 'V1StGXR8_Z5jdHi6B-myT' }

  it('adds utm_source, utm_medium, utm_campaign and scid', () => {
    const url = new URL(sharedUrl('https://shop.example/p/1', attribution))
    expect(url.searchParams.get('utm_source')).toBe('whatsapp')
    expect(url.searchParams.get('utm_medium')).toBe('social')
    expect(url.searchParams.get('utm_campaign')).toBe('black-friday')
    expect(url.searchParams.get('scid')).toBe('V1StGXR8_Z5jdHi6B-myT')
  })

  it('with ref, carries the share id in that parameter too', () => {
    const url = new URL(sharedUrl('https://shop.example/p/1?ref=old', { ...attribution, ref: 'ref' }))
    expect(url.searchParams.getAll('ref')).toEqual(['V1StGXR8_Z5jdHi6B-myT'])
    expect(url.searchParams.get('scid')).toBe('V1StGXR8_Z5jdHi6B-myT')
    expect(new URL(sharedUrl('https://shop.example/p/1', attribution)).searchParams.has('ref')).toBe(false)
  })

  it('keeps the product URL’s other parameters and its hash', () => {
    const url = new URL(sharedUrl('https://shop.example/p/1?color=red&size=42#reviews', attribution))
    expect(url.searchParams.get('color')).toBe('red')
    expect(url.searchParams.get('size')).toBe('42')
    expect(url.hash).toBe('#reviews')
    expect(url.pathname).toBe('/p/1')
  })

  it('replaces earlier attribution instead of repeating it', () => {
    const first = sharedUrl('https://shop.example/p/1', attribution)
    const again = new URL(sharedUrl(first, { ...attribution, channel: 'x', shareId: 'abcdefghijklmnopqrstu' }))
    expect(again.searchParams.getAll('utm_source')).toEqual(['x'])
    expect(again.searchParams.getAll('scid')).toEqual(['abcdefghijklmnopqrstu'])
  })

  it('encodes a campaign with spaces and symbols', () => {
    const url = new URL(sharedUrl('https://shop.example/', { ...attribution, campaign: 'Black Friday & more' }))
    expect(url.searchParams.get('utm_campaign')).toBe('Black Friday & more')
  })
})

describe('shareId', () => {
  it('makes 21 characters of A-Za-z0-9_-, different each time', () => {
    const ids = new Set(Array.from({ length: 200 }, shareId))
    expect(ids.size).toBe(200)
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{21}$/)
  })
})

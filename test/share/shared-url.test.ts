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

  it('says what setting each parameter on url.searchParams says, whatever the query holds, and keeps the other pairs as written', () => {
    // The URL standard's own way, six calls each serializing (form-encoding) the whole query: the
    // reference for what the link means, not for how its other parameters are written.
    const oneByOne = (productUrl: string, ref?: string) => {
      const url = new URL(productUrl)
      for (const [key, value] of [['utm_source', 'x'], ['utm_medium', 'social'], ['utm_campaign', 'Black Friday & more'], ['scid', attribution.shareId], ...(ref ? [[ref, attribution.shareId]] : [])]) url.searchParams.set(key, value!)
      return url
    }
    const sorted = (url: URL) => [...url.searchParams].map((pair) => pair.join('=')).sort()
    const urls = [
      'https://shop.example/p/1', 'https://shop.example/p/1?', 'https://shop.example/p/1?flag', 'https://shop.example/p/1?a=b c&a=d+e',
      'https://shop.example/p/1?q=%E2%82%AC%20&x=%2B#h?x=1', 'https://shop.example/p/ü?ä=ö', 'https://user:pw@shop.example:8443/p/1?utm_source=old&scid=old&&=',
      "https://shop.example/p/1?it's=<b>\"quoted\"", 'https://shop.example/p/1?ref=old&ref=older', 'https://shop.example/p/1?utm%5Fsource=old&sizes=38,39&q=%7e~',
      'https://shop.example/p/1?bad=%zz&%=1&scask=1',
    ]
    for (const input of urls) {
      for (const ref of [undefined, 'ref']) {
        const made = new URL(sharedUrl(input, { ...attribution, channel: 'x', campaign: 'Black Friday & more', ref }))
        const reference = oneByOne(input, ref)
        reference.searchParams.delete('scask')
        expect(sorted(made), input).toEqual(sorted(reference))
        expect([made.origin, made.username, made.password, made.pathname, made.hash]).toEqual([reference.origin, reference.username, reference.password, reference.pathname, reference.hash])
        // The shop's own pairs, exactly as the parsed product URL writes them, in their order.
        const theirs = new URL(input).search.slice(1).split('&').filter((pair) => pair && !/^(utm(_|%5F)source|scid|ref|scask)=/i.test(pair))
        expect(made.search.slice(1).split('&').slice(0, theirs.length)).toEqual(theirs)
      }
    }
  })

  it('keeps commas and other characters a query may hold as they are: the link is the product URL plus the attribution, no longer', () => {
    const product = `https://shop.example/p/field-lantern?sizes=${'38,39,40,41,42,'.repeat(125)}&q=a%20b~c`
    const link = sharedUrl(product, attribution)
    expect(link.startsWith(product + '&utm_source=whatsapp&utm_medium=social&utm_campaign=black-friday&scid=')).toBe(true)
    expect(link.length).toBe(product.length + '&utm_source=whatsapp&utm_medium=social&utm_campaign=black-friday&scid='.length + 21)
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

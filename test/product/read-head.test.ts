// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { readHead } from '../../src/product/read-head'

const page = (head: string) => new DOMParser().parseFromString(`<!doctype html><head>${head}</head>`, 'text/html')
const meta = (tags: Record<string, string>, attribute = 'property') =>
  Object.entries(tags).map(([key, value]) => `<meta ${attribute}="${key}" content="${value}">`).join('')
const openGraph = (head: string) => readHead(page(head))[0]!
const document = (head: string) => readHead(page(head))[1]!

describe('readHead', () => {
  it('reads the Open Graph and product tags as the first source', () => {
    expect(openGraph(meta({
      'og:url': 'https://shop.example/p/42',
      'og:title': 'Red shoes',
      'og:description': 'Light and dry.',
      'og:image': 'https://shop.example/red.jpg',
      'product:price:amount': '79.00',
      'product:price:currency': 'EUR',
    }))).toEqual({
      url: 'https://shop.example/p/42',
      title: 'Red shoes',
      text: 'Light and dry.',
      image: 'https://shop.example/red.jpg',
      price: '79.00',
      currency: 'EUR',
    })
  })

  it('gives no Open Graph values on a page without tags', () => {
    const fields = openGraph('<title>Shop</title>')
    expect(Object.values(fields).filter((value) => value !== undefined)).toEqual([])
  })

  it('falls back to meta name when a page uses it instead of property', () => {
    expect(openGraph(meta({ 'og:title': 'Red shoes' }, 'name')).title).toBe('Red shoes')
  })

  it('takes the first of repeated tags', () => {
    const head = '<meta property="og:image" content="https://shop.example/1.jpg">' +
      '<meta property="og:image" content="https://shop.example/2.jpg">'
    expect(openGraph(head).image).toBe('https://shop.example/1.jpg')
  })

  it('reads the canonical link, the title and the meta description as the second source', () => {
    const head = '<title>Red shoes | Shop</title><meta name="description" content="Light and dry.">' +
      '<link rel="canonical" href="/p/42">'
    expect(document(head)).toEqual({ url: '/p/42', title: 'Red shoes | Shop', text: 'Light and dry.' })
  })

  it('finds the canonical link among other rel values, in any case', () => {
    expect(document('<link rel="Alternate CANONICAL" href="https://shop.example/p/42">').url)
      .toBe('https://shop.example/p/42')
  })

  it('leaves the URL and text out without a canonical link or a meta description', () => {
    const fields = document('<link rel="stylesheet" href="/shop.css"><meta name="keywords" content="shoes">')
    expect([fields.url, fields.text]).toEqual([undefined, undefined])
  })
})

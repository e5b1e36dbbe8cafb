// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { readOpenGraph } from '../../src/product/read-open-graph'

const page = (head: string) => new DOMParser().parseFromString(`<!doctype html><head>${head}</head>`, 'text/html')
const meta = (tags: Record<string, string>, attribute = 'property') =>
  Object.entries(tags).map(([key, value]) => `<meta ${attribute}="${key}" content="${value}">`).join('')

describe('readOpenGraph', () => {
  it('reads the Open Graph and product tags', () => {
    const doc = page(meta({
      'og:url': 'https://shop.example/p/42',
      'og:title': 'Red shoes',
      'og:description': 'Light and dry.',
      'og:image': 'https://shop.example/red.jpg',
      'product:price:amount': '79.00',
      'product:price:currency': 'EUR',
      'product:original_price:amount': '99.00',
      'product:retailer_item_id': 'RS-42',
      'product:brand': 'Acme',
    }))
    expect(readOpenGraph(doc)).toEqual({
      url: 'https://shop.example/p/42',
      title: 'Red shoes',
      text: 'Light and dry.',
      image: 'https://shop.example/red.jpg',
      price: '79.00',
      currency: 'EUR',
      originalPrice: '99.00',
      sku: 'RS-42',
      brand: 'Acme',
    })
  })

  it('gives nothing on a page without tags', () => {
    const fields = readOpenGraph(page('<title>Shop</title>'))
    expect(Object.values(fields).filter((value) => value !== undefined)).toEqual([])
  })

  it('falls back to meta name when a page uses it instead of property', () => {
    expect(readOpenGraph(page(meta({ 'og:title': 'Red shoes' }, 'name'))).title).toBe('Red shoes')
  })

  it('prefers property over name', () => {
    const doc = page(meta({ 'og:title': 'By name' }, 'name') + meta({ 'og:title': 'By property' }))
    expect(readOpenGraph(doc).title).toBe('By property')
  })

  it('takes the first of repeated tags and skips empty ones', () => {
    const doc = page(meta({ 'og:title': ' ' }) + '<meta property="og:image" content="https://shop.example/1.jpg">' +
      '<meta property="og:image" content="https://shop.example/2.jpg"><meta property="og:title" content="Red shoes">')
    expect(readOpenGraph(doc).image).toBe('https://shop.example/1.jpg')
    expect(readOpenGraph(doc).title).toBe('Red shoes')
  })

  it('prefers og:image:secure_url, then og:image, then og:image:url', () => {
    expect(readOpenGraph(page(meta({ 'og:image': 'http://a.example/1.jpg', 'og:image:secure_url': 'https://a.example/1.jpg' }))).image)
      .toBe('https://a.example/1.jpg')
    expect(readOpenGraph(page(meta({ 'og:image:url': 'https://a.example/2.jpg' }))).image).toBe('https://a.example/2.jpg')
  })

  it('reads og:price tags when product:price tags are missing', () => {
    const fields = readOpenGraph(page(meta({ 'og:price:amount': '5', 'og:price:currency': 'USD' })))
    expect([fields.price, fields.currency]).toEqual(['5', 'USD'])
  })

  it('takes a sale price as the price and the regular price as the original price', () => {
    const fields = readOpenGraph(page(meta({
      'product:price:amount': '99.00',
      'product:price:currency': 'EUR',
      'product:sale_price:amount': '79.00',
    })))
    expect([fields.price, fields.originalPrice, fields.currency]).toEqual(['79.00', '99.00', 'EUR'])
  })

  it('matches tag names in any case', () => {
    expect(readOpenGraph(page(meta({ 'OG:Title': 'Red shoes' }))).title).toBe('Red shoes')
  })
})

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { ErrorCode } from '../../src/lib/errors'
import { readJsonLd } from '../../src/product/read-json-ld'

const page = (head: string) => new DOMParser().parseFromString(`<!doctype html><head>${head}</head>`, 'text/html')
const script = (data: unknown, type = 'application/ld+json') =>
  `<script type="${type}">${typeof data === 'string' ? data : JSON.stringify(data)}</script>`

/** Reads the JSON-LD of a scratch page made of `blocks`; `codes` collects the warnings. */
const read = (...blocks: unknown[]) => {
  const codes: ErrorCode[] = []
  const fields = readJsonLd(page(blocks.map((block) => script(block)).join('')), (code) => { codes.push(code) })
  return { fields, codes }
}

const product = {
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'Red shoes',
  description: 'Light and dry.',
  image: 'https://shop.example/red.jpg',
  url: 'https://shop.example/p/42',
  sku: 'RS-42',
  brand: { '@type': 'Brand', name: 'Acme' },
  offers: {
    '@type': 'Offer',
    price: '79.00',
    priceCurrency: 'EUR',
    priceValidUntil: '2026-12-01',
    inventoryLevel: 3,
  },
}

describe('readJsonLd', () => {
  it('reads a top-level Product and its Offer', () => {
    expect(read(product)).toEqual({
      codes: [],
      fields: {
        url: 'https://shop.example/p/42',
        title: 'Red shoes',
        text: 'Light and dry.',
        image: 'https://shop.example/red.jpg',
        sku: 'RS-42',
        brand: 'Acme',
        price: '79.00',
        currency: 'EUR',
        originalPrice: undefined,
        deadline: '2026-12-01',
        stock: 3,
      },
    })
  })

  it('finds the Product in a top-level array', () => {
    expect(read([{ '@type': 'Organization', name: 'Shop' }, product]).fields.title).toBe('Red shoes')
  })

  it('finds the Product in @graph', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Shop' }, product] }
    expect(read(graph).fields.title).toBe('Red shoes')
  })

  it('does not take a product from a category page ItemList', () => {
    const list = { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: product }] }
    expect(read(list).fields).toEqual({})
  })

  it('accepts @type as a list', () => {
    expect(read({ ...product, '@type': ['Thing', 'Product'] }).fields.title).toBe('Red shoes')
  })

  it.each(['http://schema.org/Product', 'https://schema.org/Product', 'schema:Product'])('accepts the type %s', (type) => {
    expect(read({ ...product, '@type': type }).fields.title).toBe('Red shoes')
  })

  it('takes the first Product of the page', () => {
    expect(read({ ...product, name: 'First' }, { ...product, name: 'Second' }).fields.title).toBe('First')
  })

  it('reads scripts whose type differs in case or carries a charset', () => {
    const doc = page(script({ ...product, name: 'Mixed case' }, 'Application/LD+JSON; charset=utf-8'))
    expect(readJsonLd(doc, () => {}).title).toBe('Mixed case')
  })

  it('ignores scripts of other types', () => {
    const doc = page(script(product, 'application/json') + script(product, 'text/javascript'))
    expect(readJsonLd(doc, () => {})).toEqual({})
  })

  it('warns SC110 about invalid JSON and reads the next block', () => {
    const { fields, codes } = read('{"@type": "Product", name: broken', product)
    expect(codes).toEqual(['SC110'])
    expect(fields.title).toBe('Red shoes')
  })

  it('takes the first offer of a list', () => {
    const offers = [{ '@type': 'Offer', price: 10, priceCurrency: 'USD' }, { '@type': 'Offer', price: 20 }]
    expect(read({ ...product, offers }).fields).toMatchObject({ price: 10, currency: 'USD' })
  })

  it('takes the low price of an AggregateOffer', () => {
    const offers = { '@type': 'AggregateOffer', lowPrice: '59.00', highPrice: '99.00', priceCurrency: 'EUR' }
    expect(read({ ...product, offers }).fields).toMatchObject({ price: '59.00', currency: 'EUR' })
  })

  it('reads an image from an ImageObject or a list', () => {
    const url = 'https://shop.example/a.jpg'
    expect(read({ ...product, image: { '@type': 'ImageObject', url } }).fields.image).toBe(url)
    expect(read({ ...product, image: [url, 'https://shop.example/b.jpg'] }).fields.image).toBe(url)
    expect(read({ ...product, image: [{ '@type': 'ImageObject', url }] }).fields.image).toBe(url)
  })

  it('reads the brand as a string too', () => {
    expect(read({ ...product, brand: 'Acme' }).fields.brand).toBe('Acme')
  })

  it('reads a list price from priceSpecification as the original price', () => {
    const offers = {
      '@type': 'Offer',
      price: 79,
      priceCurrency: 'EUR',
      priceSpecification: { '@type': 'UnitPriceSpecification', priceType: 'https://schema.org/ListPrice', price: 99 },
    }
    expect(read({ ...product, offers }).fields).toMatchObject({ price: 79, originalPrice: 99 })
  })

  it('reads a strikethrough price from a priceSpecification list as the original price', () => {
    const offers = {
      '@type': 'Offer',
      price: '79.00',
      priceCurrency: 'EUR',
      priceSpecification: [
        { '@type': 'UnitPriceSpecification', price: '79.00', priceCurrency: 'EUR' },
        { '@type': 'UnitPriceSpecification', priceType: 'StrikethroughPrice', price: '99.00', priceCurrency: 'EUR' },
      ],
    }
    expect(read({ ...product, offers }).fields).toMatchObject({ price: '79.00', originalPrice: '99.00', currency: 'EUR' })
  })

  it('reads inventoryLevel as a QuantitativeValue', () => {
    const offers = { ...product.offers, inventoryLevel: { '@type': 'QuantitativeValue', value: 7 } }
    expect(read({ ...product, offers }).fields.stock).toBe(7)
  })

  it('reads a numeric SKU as written', () => {
    expect(read({ ...product, sku: 12345 }).fields.sku).toBe(12345)
  })

  it('reads a ProductGroup like a Product', () => {
    expect(read({ ...product, '@type': 'ProductGroup', name: 'Shoes' }).fields.title).toBe('Shoes')
  })

  it('ignores other types', () => {
    expect(read({ ...product, '@type': 'ProductModel' }, { ...product, '@type': 'Offer' }).fields).toEqual({})
  })

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'Product'],
    ['an empty array', []],
    ['a Product without fields', { '@type': 'Product' }],
    ['a Product with fields of every wrong type', {
      '@type': 'Product', name: { a: 1 }, image: [[null]], brand: [], sku: true,
      offers: { price: { nested: [1] }, priceSpecification: [null, 5, { priceType: 7 }], inventoryLevel: { value: {} } },
    }],
    ['a @type of the wrong type', { '@type': { '@id': 'Product' }, name: 'x' }],
    ['offers of the wrong type', { '@type': 'Product', offers: 'free' }],
    ['a @graph of the wrong type', { '@graph': 5 }],
  ])('never throws on %s', (_, data) => {
    expect(() => read(data)).not.toThrow()
  })

  it('warns SC110 about JSON that cannot be read, such as a @type without a string form, and reads the next block', () => {
    const { fields, codes } = read({ '@type': { toString: 1 } }, product)
    expect(codes).toEqual(['SC110'])
    expect(fields.title).toBe('Red shoes')
  })

  it('gives up on nesting deeper than its cap without throwing', () => {
    const deep = '['.repeat(5000) + JSON.stringify(product) + ']'.repeat(5000)
    expect(read(deep)).toEqual({ fields: {}, codes: [] })
    const shallow = '['.repeat(5) + JSON.stringify(product) + ']'.repeat(5)
    expect(read(shallow).fields.title).toBe('Red shoes')
  })
})

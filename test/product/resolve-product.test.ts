// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import type { ErrorCode } from '../../src/lib/errors'
import { createWarn } from '../../src/lib/warn'
import { parseCurrency, resolveProduct, type ProductInput } from '../../src/product/resolve-product'

const href = 'https://shop.example/p/42?color=red'

const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`
const og = (tags: Record<string, string>) =>
  Object.entries(tags).map(([key, value]) => `<meta property="${key}" content="${value}">`).join('')

/**
 * A scratch page with `head`, resolved from `input`; `codes` and `args` collect the warnings
 * but SC114 (the page names no canonical URL: most pages here name none; tested on its own).
 */
const resolve = (input: ProductInput, head = '', pageHref = href) => {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body></body></html>`, 'text/html')
  const codes: ErrorCode[] = []
  const args: unknown[][] = []
  const product = resolveProduct(input, doc, pageHref, (code, ...rest) => {
    if (code === 'SC114') return
    codes.push(code)
    args.push(rest)
  })
  return { product, codes, args }
}

/** Widgets' warning sinks, each made as a widget makes its own (each problem once); `codes` collects what they print. */
const widgets = () => {
  const codes: string[] = []
  const printed = () => createWarn({ warn: (message) => { codes.push(/SC\d+/.exec(message)![0]) } })
  return { codes, printed }
}

/** Settles once the warnings said so far are printed: they wait for the warning texts, in turn. */
const settled = async () => {
  const done: string[] = []
  createWarn({ warn: (message) => { done.push(message) } })('SC312', 'settled')
  await vi.waitFor(() => expect(done).toHaveLength(1))
}

const ldProduct = {
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'JSON-LD title',
  description: 'JSON-LD text',
  image: 'https://shop.example/ld.jpg',
  url: 'https://shop.example/ld',
  sku: 'LD-1',
  brand: 'LD brand',
  offers: {
    '@type': 'Offer',
    price: '20.00',
    priceCurrency: 'USD',
    priceValidUntil: '2026-12-01',
    inventoryLevel: 5,
    priceSpecification: { priceType: 'https://schema.org/ListPrice', price: '25.00' },
  },
}

const ogTags = {
  'og:url': 'https://shop.example/og',
  'og:title': 'OG title',
  'og:description': 'OG text',
  'og:image': 'https://shop.example/og.jpg',
  'product:price:amount': '30.00',
  'product:price:currency': 'GBP',
}

const documentHead = '<title>Document title</title><meta name="description" content="Document text">' +
  '<link rel="canonical" href="/canonical">'

const everything = jsonLd(ldProduct) + og(ogTags) + documentHead

describe('resolveProduct', () => {
  it('reads no option from a polluted Object.prototype (image, name)', () => {
    const proto = Object.prototype as Record<string, unknown>
    proto.image = 'javascript:alert(1)'
    proto.name = 'evil'
    try {
      const { product } = resolve({ title: 'Lamp', image: 'https://shop.example/l.jpg' })
      expect(product).toMatchObject({ title: 'Lamp', image: 'https://shop.example/l.jpg' })
    } finally {
      delete proto.image
      delete proto.name
    }
  })

  it('takes every field from the input first', () => {
    const input: ProductInput = {
      url: ldProduct.url,
      title: 'Own title',
      text: 'Own text',
      image: 'https://shop.example/own.jpg',
      price: '10,00',
      currency: 'eur',
      originalPrice: 12,
      deadline: '2026-11-30T23:59:00+01:00',
      stock: '2',
      sku: 'OWN-1',
    }
    expect(resolve(input, everything)).toEqual({
      codes: [],
      args: [],
      product: {
        url: ldProduct.url,
        title: 'Own title',
        text: 'Own text',
        image: 'https://shop.example/own.jpg',
        price: 10,
        currency: 'EUR',
        originalPrice: 12,
        deadline: Date.parse('2026-11-30T23:59:00+01:00'),
        stock: 2,
        sku: 'OWN-1',
        brand: 'LD brand',
      },
    })
  })

  it('takes missing fields from JSON-LD before Open Graph and the document', () => {
    expect(resolve({}, everything).product).toEqual({
      url: 'https://shop.example/ld',
      title: 'JSON-LD title',
      text: 'JSON-LD text',
      image: 'https://shop.example/ld.jpg',
      price: 20,
      currency: 'USD',
      originalPrice: 25,
      deadline: Date.parse('2026-12-01T23:59:59.999-12:00'),
      stock: 5,
      sku: 'LD-1',
      brand: 'LD brand',
    })
  })

  it('takes fields from Open Graph on a page without JSON-LD', () => {
    expect(resolve({}, og(ogTags) + documentHead).product).toEqual({
      url: 'https://shop.example/og',
      title: 'OG title',
      text: 'OG text',
      image: 'https://shop.example/og.jpg',
      price: 30,
      currency: 'GBP',
    })
  })

  it('falls back to the canonical link, the title and the meta description', () => {
    expect(resolve({}, documentHead).product).toEqual({
      url: 'https://shop.example/canonical',
      title: 'Document title',
      text: 'Document text',
    })
  })

  it('falls back to the page URL when the canonical link is not http(s)', () => {
    expect(resolve({}, '<link rel="canonical" href="javascript:alert(1)">').product.url).toBe(href)
  })

  it('falls back to the page URL and an empty title on a bare page', () => {
    expect(resolve({}).product).toEqual({ url: href, title: '' })
  })

  it('resolves each field from its own first source, independently of the others', () => {
    const head = jsonLd({ '@type': 'Product', name: 'JSON-LD title' }) +
      og({ 'og:image': 'https://shop.example/og.jpg', 'product:price:amount': '30' }) + documentHead
    expect(resolve({ price: 9 }, head).product).toEqual({
      url: 'https://shop.example/canonical',
      title: 'JSON-LD title',
      text: 'Document text',
      image: 'https://shop.example/og.jpg',
      price: 9,
    })
  })

  it.each([
    ['a javascript: URL', 'javascript:alert(document.cookie)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a vbscript: URL', 'vbscript:msgbox(1)'],
  ])('warns SC102 about %s in data-url and uses the next source', (_, url) => {
    const { product, codes, args } = resolve({ url }, everything)
    expect(codes).toEqual(['SC102'])
    expect(args[0]![0]).toBe('data-url')
    expect(product.url).toBe('https://shop.example/ld')
  })

  it('warns SC102 about a data: image and uses the page image', () => {
    const { product, codes, args } = resolve({ image: 'data:image/png;base64,AAAA' }, og(ogTags))
    expect(codes).toEqual(['SC102'])
    expect(args[0]).toEqual(['data-image', 'data:image/png;base64,AAAA'])
    expect(product.image).toBe('https://shop.example/og.jpg')
  })

  it('resolves a relative data-url against the page', () => {
    expect(resolve({ url: '/p/7' }).product.url).toBe('https://shop.example/p/7')
  })

  it('reads JSON-LD prices as schema.org writes them: a decimal point, no thousands separators', () => {
    // A Kuwaiti dinar has three decimals: 12.500 KWD is twelve and a half, not twelve thousand.
    const head = jsonLd({
      '@type': 'Product', name: 'Oud',
      offers: {
        '@type': 'Offer', price: '12.500', priceCurrency: 'KWD',
        priceSpecification: { '@type': 'UnitPriceSpecification', priceType: 'https://schema.org/ListPrice', price: '15.000' },
      },
    })
    expect(resolve({}, head).product).toMatchObject({ price: 12.5, originalPrice: 15, currency: 'KWD' })
    // The merchant's own attribute is still read as a price tag: `1.299` there is 1299.
    expect(resolve({ price: '1.299' }, head).product.price).toBe(1299)
    // A shop pricing in dong writes a hundred thousand so, against schema.org: still a hundred thousand.
    const dong = jsonLd({ '@type': 'Product', name: 'Áo', offers: { '@type': 'Offer', price: '100.000', priceCurrency: 'VND' } })
    expect(resolve({}, dong).product).toMatchObject({ price: 100000, currency: 'VND' })
  })

  it('skips invalid page values silently and takes the next source', () => {
    const head = jsonLd({
      '@type': 'Product', url: 'javascript:alert(1)', image: 'data:image/png;base64,AAAA', name: '   ',
      offers: { price: 'call us', priceCurrency: 'euro', priceValidUntil: '2026-12-01T10:00:00', inventoryLevel: -1 },
    }) + og({ ...ogTags, 'og:url': 'file:///etc/passwd' }) + documentHead
    const { product, codes } = resolve({}, head)
    expect(codes).toEqual([])
    expect(product).toEqual({
      url: 'https://shop.example/canonical',
      title: 'OG title',
      text: 'OG text',
      image: 'https://shop.example/og.jpg',
      price: 30,
      currency: 'GBP',
    })
  })

  it.each<[string, ProductInput, ErrorCode, string]>([
    ['a price that is not a number', { price: 'free' }, 'SC103', 'data-price'],
    ['an original price that is not a number', { originalPrice: 'n/a' }, 'SC103', 'data-original-price'],
    ['a stock that is not a whole number', { stock: '2.5' }, 'SC115', 'data-stock'],
    ['a negative stock', { stock: -1 }, 'SC115', 'data-stock'],
    ['a deadline without an offset', { deadline: '2026-12-01T23:59:00' }, 'SC104', 'data-deadline'],
    ['a deadline that is not on the calendar', { deadline: '2026-02-30' }, 'SC104', 'data-deadline'],
    ['an invalid Date', { deadline: new Date('nope') }, 'SC104', 'data-deadline'],
  ])('warns about %s with its code and field', (_, input, code, field) => {
    const { codes, args } = resolve(input)
    expect(codes).toEqual([code])
    expect(args[0]![0]).toBe(field)
  })

  it('warns SC105 about a currency that is not an ISO 4217 code and uses the page currency', () => {
    const { product, codes, args } = resolve({ currency: '€' }, og(ogTags))
    expect(codes).toEqual(['SC105'])
    expect(args[0]).toEqual(['€'])
    expect(product.currency).toBe('GBP')
  })

  it('uses the next source after an invalid input value', () => {
    const { product, codes } = resolve({ price: 'free', deadline: 'soon', stock: 'many' }, everything)
    expect(codes).toEqual(['SC103', 'SC104', 'SC115'])
    expect(product).toMatchObject({ price: 20, deadline: Date.parse('2026-12-01T23:59:59.999-12:00'), stock: 5 })
  })

  it('takes nothing from page sources that name another product\'s address: a related product\'s widget gets no price, deadline or stock of the page\'s', () => {
    const { product, codes } = resolve({ url: 'https://shop.example/p/related', title: 'Related lamp' }, everything)
    // JSON-LD (…/ld), Open Graph (…/og) and the canonical link (…/canonical) each describe another product.
    expect(product).toEqual({ url: 'https://shop.example/p/related', title: 'Related lamp' })
    expect(codes).toEqual([])
  })

  it('still takes from a page source that names the same product: a variant\'s query, a trailing slash, a relative address, another scheme, www. or case', () => {
    for (const url of [`${ldProduct.url}?variant=42`, `${ldProduct.url}/`, '/ld', 'http://www.shop.example/LD']) {
      const { product } = resolve({ url }, jsonLd(ldProduct))
      expect(product).toMatchObject({ title: 'JSON-LD title', price: 20, originalPrice: 25, stock: 5 })
    }
    // A source that names no address is taken to be the page's product, as before.
    const { url: _, ...unnamed } = ldProduct
    expect(resolve({ url: 'https://shop.example/p/any' }, jsonLd(unnamed)).product.title).toBe('JSON-LD title')
  })

  it('treats blank strings as missing, without warnings', () => {
    const { product, codes } = resolve({ url: ' ', title: '', price: '  ', deadline: '', currency: '' }, documentHead)
    expect(codes).toEqual([])
    expect(product).toEqual({ url: 'https://shop.example/canonical', title: 'Document title', text: 'Document text' })
  })

  it('cleans control characters and whitespace out of text', () => {
    const { product } = resolve({ title: '  Red\u0000 \n shoes ', text: 'Warm.\r\n\r\nDry.\u0007', sku: ' A\t1 ' })
    expect([product.title, product.text, product.sku]).toEqual(['Red shoes', 'Warm. Dry.', 'A 1'])
  })

  it.each([
    ['title', 300],
    ['text', 1000],
    ['sku', 100],
  ] as const)('caps a huge %s at %d characters and warns SC106 once', (field, cap) => {
    const { product, codes, args } = resolve({ [field]: 'x'.repeat(100_000) })
    expect(product[field]).toBe('x'.repeat(cap - 1) + '…')
    expect(codes).toEqual(['SC106'])
    expect(args[0]).toEqual([`data-${field}`, cap])
  })

  it('caps long page text silently', () => {
    const { product, codes } = resolve({}, jsonLd({ '@type': 'Product', description: 'y'.repeat(5000) }))
    expect(product.text).toHaveLength(1000)
    expect(codes).toEqual([])
  })

  it('shortens huge values quoted in warnings to 80 characters', () => {
    const { args } = resolve({ price: 'z'.repeat(100_000) })
    expect(args[0]).toEqual(['data-price', 'z'.repeat(80) + '…'])
  })

  it('quotes a value that has no text form by its type', () => {
    const { args } = resolve({ price: Object.create(null), stock: Symbol('x') as unknown as number })
    expect(args).toEqual([['data-price', 'object'], ['data-stock', 'Symbol(x)']])
  })

  it('warns SC110 about a broken JSON-LD block and uses the next one', () => {
    const head = '<script type="application/ld+json">{"@type": "Product",</script>' + jsonLd(ldProduct)
    const { product, codes } = resolve({}, head)
    expect(codes).toEqual(['SC110'])
    expect(product.title).toBe('JSON-LD title')
  })

  it('warns SC110 once per page for a broken JSON-LD block, however many widgets read the page', async () => {
    const doc = new DOMParser().parseFromString('<!doctype html><head><script type="application/ld+json">{"@type": "Product",</script></head>', 'text/html')
    const { codes, printed } = widgets()
    for (const warn of [printed(), printed(), printed()]) resolveProduct({ url: 'https://shop.example/p/42' }, doc, href, warn)
    await settled()
    expect(codes).toEqual(['SC110'])
  })

  it('returns a page URL that is not http(s) as it is, for the caller to deal with', () => {
    expect(resolve({}, '', 'about:blank').product.url).toBe('about:blank')
  })

  it('still uses an absolute URL from the page when the page URL is not http(s)', () => {
    expect(resolve({}, og(ogTags), 'about:blank').product.url).toBe('https://shop.example/og')
  })

  it.each<[string, unknown]>([
    ['objects', { toString: () => 'x' }],
    ['objects without a prototype', Object.create(null)],
    ['arrays', ['https://shop.example/', 1]],
    ['symbols', Symbol('x')],
    ['functions', () => 'x'],
    ['booleans', true],
    ['NaN', NaN],
    ['Infinity', -Infinity],
    ['bigints', 10n],
  ])('never throws on %s in any field, and warns about each', (_, value) => {
    const fields = ['url', 'title', 'text', 'image', 'price', 'currency', 'originalPrice', 'deadline', 'stock', 'sku']
    const input = Object.fromEntries(fields.map((field) => [field, value])) as ProductInput
    const { product, codes } = resolve(input, documentHead)
    expect(product.url).toBe('https://shop.example/canonical')
    expect(product.title).toBe('Document title')
    expect(codes.length).toBeGreaterThan(0)
  })

  it('never throws on input that is not an object', () => {
    expect(resolve(null as unknown as ProductInput).product).toEqual({ url: href, title: '' })
    expect(resolve('x' as unknown as ProductInput).product).toEqual({ url: href, title: '' })
  })

  it('warns SC111 about a title that is not text', () => {
    const { codes, args } = resolve({ title: { en: 'Shoes' } as unknown as string })
    expect(codes).toEqual(['SC111'])
    expect(args[0]).toEqual(['data-title', '[object Object]'])
  })

  it('reads a number given as a title or SKU as text', () => {
    const { product, codes } = resolve({ title: 42 as unknown as string, sku: 1234 as unknown as string })
    expect([product.title, product.sku, codes]).toEqual(['42', '1234', []])
  })

  it('leaves unknown fields out of the product instead of setting them undefined', () => {
    expect(Object.keys(resolve({ price: 5 }).product).sort()).toEqual(['price', 'title', 'url'])
  })
})

describe('parseCurrency', () => {
  it.each([
    ['EUR', 'EUR'],
    ['usd', 'USD'],
    [' jpy ', 'JPY'],
    ['Chf', 'CHF'],
  ])('reads %j as %j', (value, code) => {
    expect(parseCurrency(value)).toBe(code)
  })

  it.each([
    ['a symbol', '€'],
    ['two letters', 'EU'],
    ['four letters', 'EURO'],
    ['digits', '978'],
    ['letters with accents', 'ÉUR'],
    ['letters that only upper-case into three', 'ßd'],
    ['a code with a space inside', 'E UR'],
    ['an empty string', ''],
    ['a number', 978],
    ['null', null],
    ['an object', { code: 'EUR' }],
  ])('rejects %s', (_, value) => {
    expect(parseCurrency(value)).toBeUndefined()
  })

  describe('on a page that names no canonical URL', () => {
    const page = 'https://shop.example/account/p/42?variant=42&session=abc&Email=a%40b.example&accessToken=t&utm_source=x&scid=V1StGXR8_Z5jdHi6B-myT&color=red#access_token=y'
    /**
     * A page of its own (SC114 is said once per page), resolved once per input, each by a widget
     * of its own; the codes all of them printed.
     */
    const visit = async (head: string, ...inputs: ProductInput[]) => {
      const doc = new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body></body></html>`, 'text/html')
      const { codes, printed } = widgets()
      const products = inputs.map((input) => resolveProduct(input, doc, page, printed()))
      await settled()
      return { products, codes }
    }

    it('shares its address without fragment, private-looking parameters and the visit\'s attribution, and warns SC114 once', async () => {
      const { products, codes } = await visit('', {}, {}, { title: 'T' })
      for (const product of products) expect(product.url).toBe('https://shop.example/account/p/42?variant=42&color=red')
      expect(codes).toEqual(['SC114'])
    })

    it('does not warn where the input, JSON-LD, og:url or the canonical link names the URL', async () => {
      expect((await visit('', { url: '/p/42' })).codes).toEqual([])
      expect((await visit(jsonLd({ '@type': 'Product', url: '/p/42' }))).codes).toEqual([])
      expect((await visit(og({ 'og:url': 'https://shop.example/p/42' }))).codes).toEqual([])
      expect((await visit('<link rel="canonical" href="/p/42">')).codes).toEqual([])
    })

    it('warns where the only URL given is not one, and shares the page\'s clean address', async () => {
      const { products, codes } = await visit('<link rel="canonical" href="javascript:alert(1)">', {})
      expect(products[0]!.url).toBe('https://shop.example/account/p/42?variant=42&color=red')
      expect(codes).toEqual(['SC114'])
    })
  })

  it('drops the fragment of every product URL, and keeps its parameters, whoever gives it', () => {
    expect(resolve({ url: 'https://shop.example/p/1?session=kept#reviews' }).product.url).toBe('https://shop.example/p/1?session=kept')
    expect(resolve({}, '<link rel="canonical" href="https://shop.example/p/1#top">').product.url).toBe('https://shop.example/p/1')
    expect(resolve({}, og({ 'og:url': 'https://shop.example/p/1?v=2#x' })).product.url).toBe('https://shop.example/p/1?v=2')
    expect(resolve({ url: '#reviews' }).product.url).toBe(href)
  })
})

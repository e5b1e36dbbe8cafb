// @vitest-environment node
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { photoFetcher, renderCardPng, renderCardSvg, type CardInput } from '../../src/og'

const now = Date.UTC(2026, 10, 20, 12)
const shoe: CardInput = {
  url: 'https://shop.example/p/alpine-trail-runner?color=ember',
  title: 'Alpine Trail Runner – Ember Red',
  brand: 'Summit Outfitters',
  price: '129.00',
  currency: 'EUR',
  originalPrice: 159,
  deadline: '2026-12-01T23:59:00+01:00',
  stock: '3',
}
/** A 1×1 PNG. */
const pixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

/** Renders with warnings collected instead of printed. */
const svgOf = (input: CardInput, options: Parameters<typeof renderCardSvg>[1] = {}) => {
  const warnings: string[] = []
  const svg = renderCardSvg(input, { now, timeZone: 'Europe/Berlin', onWarning: (message) => warnings.push(message), ...options })
  return { svg, warnings }
}
/** Width and height from a PNG's IHDR chunk, after checking the signature. */
const pngSize = (png: Uint8Array) => {
  const bytes = Buffer.from(png)
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}
/** The texts of an SVG, without their bidi isolates. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>\u2068(.*?)\u2069<\/text>/g)].map((m) => m[1])

describe('renderCardSvg', () => {
  it('shows title, brand, price, original price, discount, stock and the absolute deadline', () => {
    const { svg, warnings } = svgOf(shoe)
    expect(texts(svg)).toEqual([
      'Summit Outfitters', 'Alpine Trail Runner –', 'Ember Red', '€129.00', '€159.00', '-18%', 'Only 3 left',
      'Ends Dec 1, 11:59 PM GMT+1', 'shop.example',
    ])
    expect(svg).toContain('text-decoration="line-through">\u2068€159.00')
    expect(warnings).toEqual([])
  })

  it('writes the deadline in the time zone it is given, never as time left', () => {
    expect(texts(svgOf(shoe, { timeZone: 'UTC' }).svg)).toContain('Ends Dec 1, 10:59 PM UTC')
    expect(texts(svgOf(shoe, { now: Date.UTC(2026, 11, 1, 22) }).svg)).toContain('Ends Dec 1, 11:59 PM GMT+1')
  })

  it('says "This offer has ended" after the deadline, with no discount, original price or stock', () => {
    const { svg } = svgOf(shoe, { now: Date.UTC(2026, 11, 1, 23) })
    expect(texts(svg)).toEqual(['Summit Outfitters', 'Alpine Trail Runner –', 'Ember Red', '€129.00', 'This offer has ended', 'shop.example'])
  })

  it('shows nothing it was not given', () => {
    const { svg } = svgOf({ title: 'Trail shoe' })
    expect(texts(svg)).toEqual(['Trail shoe'])
    expect(svg).not.toContain('<image')
  })

  it('shows markup in the title and brand as text, adding no element', () => {
    const plain = svgOf(shoe).svg
    const { svg } = svgOf({ ...shoe, title: '<script>alert(1)</script><image href="x"/>', brand: '"/><a href="javascript:alert(2)">' })
    const count = (markup: string) => markup.match(/<[a-zA-Z]/g)!.length
    expect(count(svg)).toBe(count(plain))
    expect(svg).not.toMatch(/<script|<a |<image/)
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('uses no javascript: image and says why', () => {
    const { svg, warnings } = svgOf({ ...shoe, image: 'javascript:alert(1)' })
    expect(svg).not.toContain('<image')
    expect(svg).not.toContain('javascript:')
    expect(warnings).toEqual(['[sharecue] SC102: image "javascript:alert(1)" is not an http(s) URL; ignored'])
  })

  it('links an http(s) photo and embeds a data: one, cropped to fill', () => {
    expect(svgOf({ ...shoe, image: 'https://shop.example/p/1.jpg' }).svg).toContain('href="https://shop.example/p/1.jpg" preserveAspectRatio="xMidYMid slice"')
    const data = `data:image/png;base64,${pixel.toString('base64')}`
    expect(svgOf({ ...shoe, image: data }).svg).toContain(`href="${data}"`)
  })

  it('renders in Chinese', () => {
    const { svg } = svgOf(shoe, { locale: 'zh-CN', timeZone: 'Asia/Shanghai' })
    expect(svg).toContain('lang="zh-CN"')
    expect(texts(svg)).toContain('仅剩 3 件')
    expect(texts(svg).find((text) => text.endsWith('结束'))).toMatch(/^12月2日/)
  })

  it('renders in Arabic, right to left: photo on the right, text anchored at its end', () => {
    const { svg } = svgOf(shoe, { locale: 'ar-EG' })
    expect(svg).toContain('lang="ar"')
    expect(texts(svg)).toContain('بقي ٣ فقط') // Egypt counts in Arabic-Indic digits, as its prices do
    expect(texts(svg).some((text) => text.startsWith('ينتهي'))).toBe(true)
    expect(svg).toContain('<text x="526" y="92.8" font-size="24" font-weight="700" fill="#57606a" text-anchor="end">\u2068Summit Outfitters')
    expect(svg).toContain('<rect x="570" y="0" width="630" height="630" fill="#f1f3f4"/>')
  })

  it.each([
    ['de', 'Europe/Berlin', 'Nur noch 3 verfügbar', 'Endet am 1. Dez., 23:59 MEZ'],
    ['ru', 'Europe/Moscow', 'Осталось 3 шт.', 'До 2 дек., 01:59 GMT+3'],
    ['ja', 'Asia/Tokyo', '残り3点', '12月2日 7:59 JSTまで'],
    ['pt-PT', 'Europe/Lisbon', 'Só 3 em estoque', 'Até 1/12, 22:59 WET'],
  ])('labels a %s card in its language, the deadline in its time zone', (locale, timeZone, stock, deadline) => {
    const found = texts(svgOf(shoe, { locale, timeZone }).svg)
    expect(found).toContain(stock)
    expect(found).toContain(deadline)
  })

  it('lays out a square 1080 × 1080 card', () => {
    const { svg } = svgOf(shoe, { width: 1080, height: 1080 })
    expect(svg).toMatch(/^<svg [^>]*width="1080" height="1080" viewBox="0 0 1080 1080"/)
  })

  it('draws what is valid from bad input and reports each problem, never throwing', () => {
    const { svg, warnings } = svgOf(
      { url: 'ftp://shop.example', title: { toString: () => 'x' } as unknown as string, price: 'free', currency: 'euro', originalPrice: -5, deadline: 'tomorrow', stock: '5 left', brand: 'Summit' },
      { locale: '!!', timeZone: 'Mars/Olympus', now: 'soon', width: 99_999, height: Number.NaN, stockThreshold: 'few' },
    )
    expect(texts(svg)).toEqual(['Summit'])
    expect(warnings.map((message) => message.match(/SC\d+/)![0]).sort()).toEqual(
      ['SC102', 'SC103', 'SC103', 'SC104', 'SC104', 'SC105', 'SC107', 'SC107', 'SC107', 'SC108', 'SC111', 'SC115', 'SC115'],
    )
    expect(() => renderCardSvg(null as unknown as CardInput, { onWarning: () => { throw new Error('sink') }, locale: 5 as unknown as string })).not.toThrow()
    expect(() => renderCardSvg(Object.create(null), Object.create(null))).not.toThrow()
  })

  it('cuts a long title to three lines', () => {
    const { svg, warnings } = svgOf({ title: 'Waterproof '.repeat(40) })
    expect(texts(svg)).toHaveLength(3)
    expect(texts(svg)[2]!.endsWith('…')).toBe(true)
    expect(warnings).toEqual(['[sharecue] SC106: title is longer than 300 characters; shortened'])
  })
})

describe('renderCardPng', () => {
  let server: Server
  let origin = ''
  const requests: string[] = []

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url!)
      if (req.url === '/photo.png') res.writeHead(200, { 'content-type': 'image/png' }).end(pixel)
      else if (req.url === '/page.html') res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Not an image')
      else if (req.url === '/lying.png') res.writeHead(200, { 'content-type': 'image/png' }).end('<!doctype html><p>Not an image')
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  // The test's photo server is on loopback, which the default fetch refuses: allow it here.
  const loopback = photoFetcher({ allow: (address) => address === '127.0.0.1' })
  const pngOf = async (input: CardInput, options: Parameters<typeof renderCardPng>[1] = {}) => {
    const warnings: string[] = []
    const png = await renderCardPng(input, { now, timeZone: 'Europe/Berlin', onWarning: (message) => warnings.push(message), fetchPhoto: loopback, ...options })
    return { png, warnings }
  }

  it('is a real PNG of 1200 × 630', async () => {
    const { png, warnings } = await pngOf(shoe)
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 })
    expect(warnings).toEqual([])
  })

  it('is 1080 × 1080 when asked, in Chinese and in Arabic too', async () => {
    expect(pngSize((await pngOf(shoe, { width: 1080, height: 1080 })).png)).toEqual({ width: 1080, height: 1080 })
    expect(pngSize((await pngOf(shoe, { locale: 'zh-CN' })).png)).toEqual({ width: 1200, height: 630 })
    expect(pngSize((await pngOf(shoe, { locale: 'ar' })).png)).toEqual({ width: 1200, height: 630 })
  })

  it('fetches an http(s) photo and draws it', async () => {
    const without = await pngOf(shoe)
    const { png, warnings } = await pngOf({ ...shoe, image: `${origin}/photo.png` })
    expect(requests).toContain('/photo.png')
    expect(warnings).toEqual([])
    expect(Buffer.from(png).equals(Buffer.from(without.png))).toBe(false)
  })

  it.each([
    ['/missing.png', 'HTTP 404'],
    ['/page.html', 'served as text/html, not as an image'],
    ['/lying.png', 'not a PNG, JPEG, GIF, WebP or SVG image'],
  ])('draws the card without a photo from %s and reports why', async (path, reason) => {
    const without = await pngOf(shoe)
    const { png, warnings } = await pngOf({ ...shoe, image: origin + path })
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 })
    expect(Buffer.from(png).equals(Buffer.from(without.png))).toBe(true)
    expect(warnings).toEqual([`[sharecue] SC310: the photo ${origin}${path} could not be used on the server (${reason}); the card is drawn without it`])
  })

  it('fetches through the fetch it is given', async () => {
    const fetcher = vi.fn(async () => { throw new Error('offline') })
    const { warnings } = await pngOf({ ...shoe, image: 'https://cdn.example/p.jpg' }, { fetch: fetcher, fetchPhoto: undefined })
    expect(fetcher).toHaveBeenCalledOnce()
    expect(warnings).toEqual(['[sharecue] SC310: the photo https://cdn.example/p.jpg could not be used on the server (offline); the card is drawn without it'])
  })

  it('says to install @resvg/resvg-wasm when it is missing', async () => {
    vi.resetModules()
    vi.doMock('@resvg/resvg-wasm', () => { throw new Error('Cannot find package') })
    try {
      const og = await import('../../src/og')
      await expect(og.renderCardPng(shoe)).rejects.toThrow('[sharecue] renderCardPng needs @resvg/resvg-wasm, an optional peer dependency: npm install @resvg/resvg-wasm')
    } finally {
      vi.doUnmock('@resvg/resvg-wasm')
      vi.resetModules()
    }
  })
})

describe('the Story on the server', () => {
  const link = 'https://shop.example/p/trail-shoe?utm_source=image&utm_medium=social&scid=Ug0-wW5DtfNlbuSFaa0Rj'
  const input: CardInput = { url: 'https://shop.example/p/trail-shoe', title: 'Trail shoe', price: 129, currency: 'EUR' }

  it('is 1080×1920 with the QR code of the link it is given, which decodes to it', async () => {
    const { svg } = svgOf(input, { story: true, link })
    expect(svg).toMatch(/^<svg[^>]* width="1080" height="1920"/)
    expect(svg).toContain('Scan the code, or tap the link sticker'.split(' ').slice(0, 3).join(' '))
    const { loadResvg } = await import('../../src/card/load-resvg')
    const { Resvg } = await loadResvg()
    const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render()
    const { default: jsQR } = await import('jsqr')
    const code = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)
    expect(code?.data).toBe(link)
  })

  it('takes the product URL without a link, and refuses a link that is not http(s)', () => {
    const { svg, warnings } = svgOf(input, { story: true, link: 'javascript:alert(1)' })
    expect(svg).toContain('<path')
    expect(warnings.join()).toMatch(/SC102: link "javascript:alert\(1\)"/)
  })

  it('keeps the link-preview size without story', () => {
    expect(svgOf(input).svg).not.toContain('<path')
  })

  it('is drawn without the QR code and its line, with one SC316, for a link the encoder has no code for', async () => {
    // Links here are kept to 2,048 characters (safeUrl), within the 2,952 bytes of a QR code:
    // only an encoder that gives no code reaches this today, so it stands in.
    vi.resetModules()
    vi.doMock('../../src/qr/qr-path', () => ({ qrPath: () => undefined }))
    try {
      const { renderCardSvg: render } = await import('../../src/og')
      const warnings: string[] = []
      const svg = render(input, { story: true, link, now, onWarning: (message) => warnings.push(message) })
      expect(svg).toMatch(/^<svg[^>]* width="1080" height="1920"/)
      expect(svg).not.toContain('<path')
      expect(texts(svg)).toContain('Trail shoe')
      expect(texts(svg).join(' ')).not.toContain('Scan')
      expect(warnings).toEqual([`[sharecue] SC316: the shared link ${link.slice(0, 60)}… is ${link.length} bytes, too long for a QR code: WeChat offers it to copy, the Story card has no code; name a shorter product URL`])
    } finally {
      vi.doUnmock('../../src/qr/qr-path')
      vi.resetModules()
    }
  })
})

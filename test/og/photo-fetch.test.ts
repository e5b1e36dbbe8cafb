// @vitest-environment node
// The server card's photo fetch facing hostile URLs (SSRF), photos made to exhaust it, and
// load. Only loopback is ever contacted: every other address comes from a test's own DNS
// lookup and must be refused before a packet leaves.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { performance as nodePerformance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isPublicAddress, photoFetcher, renderCardPng, type CardInput } from '../../src/og'
import { imageSize } from '../../src/card/image-size'
import type { Lookup } from '../../src/card/node-builtin'
import { pixel, pngHeader } from './photos'

const now = Date.UTC(2026, 10, 20, 12)
const card: CardInput = { url: 'https://shop.example/p/1', title: 'Trail shoe', price: 129, currency: 'EUR' }
/** A test DNS: names to the addresses an attacker would have them resolve to. */
const lookupOf = (table: Record<string, string[]>): Lookup => (hostname, _options, callback) => {
  const addresses = table[hostname]
  if (!addresses) return callback(Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), [])
  callback(null, addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })))
}

let server: Server
let port = 0
let origin = ''
const requests: string[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url!)
    const redirect = (to: string) => res.writeHead(302, { location: to }).end()
    const url = req.url!
    if (url === '/photo.png') return void setTimeout(() => res.writeHead(200, { 'content-type': 'image/png' }).end(pixel), 20)
    if (url === '/bomb.png') return void res.writeHead(200, { 'content-type': 'image/png' }).end(pngHeader(16_384, 16_384))
    if (url === '/to-evil') return redirect('http://evil.test/p.png')
    if (url === '/to-metadata') return redirect('http://169.254.169.254/latest/meta-data/')
    if (url === '/to-file') return redirect('file:///etc/passwd')
    if (url === '/to-gopher') return redirect('gopher://127.0.0.1:6379/_INFO')
    const hop = /^\/hop(\d)$/.exec(url)
    if (hop) return redirect(Number(hop[1]) > 1 ? `/hop${Number(hop[1]) - 1}` : '/photo.png')
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  origin = `http://127.0.0.1:${port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** The fetch the tests allow to reach this file's loopback server, and nothing else. */
const loopbackOnly = (lookup?: Lookup) => photoFetcher({ allow: (address) => address === '127.0.0.1', lookup })
const signal = () => AbortSignal.timeout(3000)

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1', '127.255.0.9', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.100.100.200',
    '0.0.0.0', '224.0.0.1', '255.255.255.255', '::', '::1', 'fe80::1', 'fd00:ec2::254', 'fc00::1', '::ffff:127.0.0.1',
    '::ffff:169.254.169.254', '64:ff9b::a00:1', '2002:a00:1::1', '2001:db8::1', 'ff02::1', 'not an address', '',
  ])('refuses %s', (address) => expect(isPublicAddress(address)).toBe(false))

  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '2a00:1450:4001::200e'])('allows %s', (address) => {
    expect(isPublicAddress(address)).toBe(true)
  })
})

describe('the default photo fetch', () => {
  it.each([
    ['the metadata address', ['169.254.169.254']],
    ['a private address', ['10.0.0.1']],
    ['a carrier-grade NAT address (Alibaba metadata)', ['100.100.100.200']],
    ['a unique local address (AWS metadata over IPv6)', ['fd00:ec2::254']],
    ['a link-local IPv6 address', ['fe80::1']],
    ['loopback', ['127.0.0.1']],
    ['loopback written as IPv6', ['::ffff:127.0.0.1']],
    ['one private address among public ones', ['93.184.215.14', '192.168.0.10']],
  ])('refuses a name that resolves to %s, before connecting', async (_, addresses) => {
    const fetchPhoto = photoFetcher({ lookup: lookupOf({ 'evil.test': addresses }) })
    const refused = addresses.find((address) => !isPublicAddress(address))
    await expect(fetchPhoto(`http://evil.test:${port}/photo.png`, signal())).rejects.toThrow(`refused to fetch from ${refused}, which is not a public address`)
  })

  it.each([
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['http://[::1]:1/photo.png', '::1'],
    ['http://127.0.0.1:6379/', '127.0.0.1'],
    ['http://0.0.0.0:1/', '0.0.0.0'],
  ])('refuses the literal address in %s without a lookup', async (url, address) => {
    const fetchPhoto = photoFetcher({ lookup: () => { throw new Error('no lookup for a literal address') } })
    await expect(fetchPhoto(url, signal())).rejects.toThrow(`refused to fetch from ${address}`)
  })

  it('does not send the request to loopback at all', async () => {
    const before = requests.length
    await expect(photoFetcher()(`${origin}/photo.png`, signal())).rejects.toThrow('refused to fetch from 127.0.0.1')
    expect(requests.length).toBe(before)
  })

  it.each(['file:///etc/passwd', 'ftp://shop.example/p.png', 'gopher://shop.example/'])('refuses %s', async (url) => {
    await expect(photoFetcher()(url, signal())).rejects.toThrow('is not http: or https:')
  })

  it.each([
    ['a name that resolves to a private address', '/to-evil', 'refused to fetch from 10.0.0.1, which is not a public address'],
    ['the metadata address', '/to-metadata', 'refused to fetch from 169.254.169.254'],
    ['file:', '/to-file', 'file: is not http: or https:'],
    ['gopher: (the Redis trick)', '/to-gopher', 'gopher: is not http: or https:'],
  ])('checks every redirect again: refuses one to %s', async (_, path, reason) => {
    const fetchPhoto = loopbackOnly(lookupOf({ 'evil.test': ['10.0.0.1'] }))
    await expect(fetchPhoto(origin + path, signal())).rejects.toThrow(reason)
  })

  it('follows 3 redirects and no more', async () => {
    const { bytes } = await loopbackOnly()(`${origin}/hop3`, signal())
    expect(Buffer.from(bytes).equals(pixel)).toBe(true)
    await expect(loopbackOnly()(`${origin}/hop4`, signal())).rejects.toThrow('more than 3 redirects')
  })

  it('leaves out of the card a photo behind a redirect to a private address, and says why', async () => {
    const warnings: string[] = []
    await renderCardPng({ ...card, image: `${origin}/to-evil` }, {
      now, onWarning: (message) => warnings.push(message), fetchPhoto: loopbackOnly(lookupOf({ 'evil.test': ['10.0.0.1'] })),
    })
    expect(warnings).toEqual([`[sharecue] SC310: the photo ${origin}/to-evil could not be used on the server (refused to fetch from 10.0.0.1, which is not a public address); the card is drawn without it`])
  })
})

describe('photos made to exhaust the renderer', () => {
  it('reads the size of PNG, JPEG, GIF and WebP from their headers', () => {
    expect(imageSize(pixel)).toEqual({ width: 1, height: 1 })
    expect(imageSize(pngHeader(16_384, 16_384))).toEqual({ width: 16_384, height: 16_384 })
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc2, 0, 11, 8, 0x30, 0x39, 0x10, 0x00, 3, 0, 0, 0])
    expect(imageSize(jpeg)).toEqual({ width: 4096, height: 12345 })
    expect(imageSize(Buffer.from('GIF89a\x40\x01\xf0\x00', 'latin1'))).toEqual({ width: 320, height: 240 })
    const webp = Buffer.alloc(30)
    webp.write('RIFF', 0, 'latin1')
    webp.write('WEBPVP8X', 8, 'latin1')
    webp.writeUIntLE(19_999, 24, 3)
    webp.writeUIntLE(9_999, 27, 3)
    expect(imageSize(webp)).toEqual({ width: 20_000, height: 10_000 })
  })

  it('refuses a photo of 256 megapixels from its header, without decoding it', async () => {
    const warnings: string[] = []
    const began = performance.now()
    await renderCardPng({ ...card, image: `${origin}/bomb.png` }, { now, onWarning: (message) => warnings.push(message), fetchPhoto: loopbackOnly() })
    expect(warnings).toEqual([`[sharecue] SC310: the photo ${origin}/bomb.png could not be used on the server (16384 × 16384 pixels, more than 16 megapixels); the card is drawn without it`])
    // Decoding it took 6.5 s; refusing it takes no time.
    expect(performance.now() - began).toBeLessThan(2000)
  })

  it('stops a render that passes renderTimeout, and draws the next one', async () => {
    await expect(renderCardPng(card, { now, renderTimeout: 1 })).rejects.toThrow('the card took longer than 1 ms to draw')
    const png = await renderCardPng(card, { now })
    expect(Buffer.from(png).subarray(1, 4).toString()).toBe('PNG')
  })
})

describe('50 renders at once', () => {
  it('keep every photo, and the event loop stays free', async () => {
    const fetchPhoto = loopbackOnly()
    const input = { ...card, image: `${origin}/photo.png` }
    // Half size, so that 50 draws stay quick on a small machine.
    const size = { width: 600, height: 315 }
    const reference = await renderCardPng(input, { now, fetchPhoto, ...size })
    const without = await renderCardPng(card, { now, ...size })
    expect(Buffer.from(reference).equals(Buffer.from(without))).toBe(false)
    const before = nodePerformance.eventLoopUtilization()
    const warnings: string[] = []
    const pngs = await Promise.all(Array.from({ length: 50 }, () => renderCardPng(input, { now, fetchPhoto, ...size, onWarning: (message) => warnings.push(message) })))
    const busy = nodePerformance.eventLoopUtilization(before).utilization
    expect(warnings).toEqual([])
    expect(pngs.every((png) => Buffer.from(png).equals(Buffer.from(reference)))).toBe(true)
    // Drawing runs in workers, so the host's loop mostly waits, free for its own requests (its
    // /health): drawing on it kept it busy the whole time (utilization near 1).
    expect(busy).toBeLessThan(0.5)
  }, 60_000)
})

describe('dates and scripts', () => {
  it('writes the year of a deadline outside the current year, and leaves it out within it', async () => {
    const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>\u2068(.*?)\u2069<\/text>/g)].map((m) => m[1])
    const { renderCardSvg } = await import('../../src/og')
    expect(texts(renderCardSvg({ ...card, deadline: '2027-01-15T12:00:00Z' }, { now, onWarning: () => {} }))).toContain('Ends Jan 15, 2027, 12:00 PM UTC')
    expect(texts(renderCardSvg({ ...card, deadline: '2026-12-15T12:00:00Z' }, { now, onWarning: () => {} }))).toContain('Ends Dec 15, 12:00 PM UTC')
  })

  it.each([
    ['Korean', '러닝화 트레일', '러 닝 화 트 레 일'],
    ['Hindi (its vowel signs go with their letters)', 'जूते', 'ज त'],
    ['Japanese kana', 'シューズ', 'シ ュ ー ズ'],
  ])('names the %s characters no font has', async (_, title, missing) => {
    const warnings: string[] = []
    await renderCardPng({ ...card, title }, { now, onWarning: (message) => warnings.push(message) })
    expect(warnings).toEqual([`[sharecue] SC313: no font of the server card has ${missing}, so the PNG leaves them out; pass fontFiles with a font that has them`])
  })

  it('draws characters from fontFiles, and then warns of nothing', async () => {
    // Ⅻ is in the shipped Chinese font, which a card without Chinese does not load by itself.
    const chinese = fileURLToPath(new URL('../../packages/og-fonts/NotoSansSC-Bold.ttf', import.meta.url))
    const warnings: string[] = []
    const plain = await renderCardPng({ ...card, title: 'Trail shoe Ⅻ' }, { now, onWarning: (message) => warnings.push(message) })
    expect(warnings).toEqual(['[sharecue] SC313: no font of the server card has Ⅻ, so the PNG leaves them out; pass fontFiles with a font that has them'])
    warnings.length = 0
    const drawn = await renderCardPng({ ...card, title: 'Trail shoe Ⅻ' }, { now, onWarning: (message) => warnings.push(message), fontFiles: [chinese] })
    expect(warnings).toEqual([])
    expect(Buffer.from(drawn).equals(Buffer.from(plain))).toBe(false)
  })
})

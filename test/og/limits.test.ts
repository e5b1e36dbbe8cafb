// @vitest-environment node
// The server card's limits on what it is given: a gzip bomb or endless photo, a data: photo of
// 16 megapixels and more, a fetch that never answers, a time-out setTimeout cannot hold, a Story
// without a link, words wider than a line, options that throw, IPv4 with leading zeros.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isPublicAddress, renderCardPng, renderCardSvg, type CardInput } from '../../src/og'
import { fetchPhoto } from '../../src/card/fetch-photo'
import { textWidth, wrapText } from '../../src/card/card-layout'
import { pixel, pngHeader } from './photos'

const now = Date.UTC(2026, 10, 20, 12)
const card: CardInput = { url: 'https://shop.example/p/1', title: 'Trail shoe', price: 129, currency: 'EUR' }
let server: Server
let origin = ''
beforeAll(async () => {
  // 64 MiB of zeros, gzipped to 65 KiB: a Content-Length far under 5 MiB.
  const bomb = gzipSync(Buffer.alloc(64 << 20))
  server = createServer((req, res) => {
    if (req.url === '/bomb.png') return void res.writeHead(200, { 'content-type': 'image/png', 'content-encoding': 'gzip', 'content-length': bomb.length }).end(bomb)
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** `fetch`, counting the bytes its answers' bodies hand out. */
const countingFetch = (counter: { bytes: number }): typeof fetch => async (input, init) => {
  const response = await fetch(input, init)
  const body = response.body!.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) { counter.bytes += chunk.length; controller.enqueue(chunk) },
  }))
  return new Response(body, { status: response.status, headers: response.headers })
}

describe('the fetch option', () => {
  it('stops reading a gzip bomb at 5 MiB, not after inflating all of it', async () => {
    const counter = { bytes: 0 }
    await expect(fetchPhoto(`${origin}/bomb.png`, { fetch: countingFetch(counter) })).rejects.toThrow('larger than 5 MiB')
    expect(counter.bytes).toBeLessThan(6 << 20)
  })

  it('stops reading a body without a length at 5 MiB', async () => {
    let pulled = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 64 << 20) return controller.close()
        pulled += 1 << 16
        controller.enqueue(new Uint8Array(1 << 16))
      },
    }, { highWaterMark: 0 })
    const fakeFetch = (async () => new Response(endless, { headers: { 'content-type': 'image/png' } })) as typeof fetch
    await expect(fetchPhoto('https://cdn.example/p.png', { fetch: fakeFetch })).rejects.toThrow('larger than 5 MiB')
    expect(pulled).toBeLessThan(6 << 20)
  })
})

describe('time limits', () => {
  it('gives up on a fetchPhoto that never answers after 3 s, and draws the card without the photo', async () => {
    const warnings: string[] = []
    const began = performance.now()
    const png = await renderCardPng({ ...card, image: 'https://cdn.example/p.png' }, {
      now, fetchPhoto: () => new Promise(() => {}), onWarning: (message) => warnings.push(message),
    })
    expect(Buffer.from(png).subarray(1, 4).toString()).toBe('PNG')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^\[sharecue\] SC310: the photo https:\/\/cdn.example\/p.png could not be used on the server \(.*timeout.*\)/)
    expect(performance.now() - began).toBeLessThan(6000)
  }, 10_000)

  it('draws with a renderTimeout longer than setTimeout can hold (about 24.8 days)', async () => {
    const png = await renderCardPng(card, { now, renderTimeout: 2 ** 31 })
    expect(Buffer.from(png).subarray(1, 4).toString()).toBe('PNG')
  })
})

describe('a data: photo', () => {
  it('is held to 16 megapixels like a fetched one', async () => {
    const warnings: string[] = []
    const image = `data:image/png;base64,${pngHeader(16_384, 16_384).toString('base64')}`
    await renderCardPng({ ...card, image }, { now, onWarning: (message) => warnings.push(message) })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('16384 × 16384 pixels, more than 16 megapixels')
  })

  it('still draws a small one', async () => {
    const warnings: string[] = []
    const without = await renderCardPng(card, { now })
    const png = await renderCardPng({ ...card, image: `data:image/png;base64,${pixel.toString('base64')}` }, { now, onWarning: (message) => warnings.push(message) })
    expect(warnings).toEqual([])
    expect(Buffer.from(png).equals(Buffer.from(without))).toBe(false)
  })
})

describe('the Story without a link', () => {
  it('draws no QR code of nothing, and no line telling friends to scan it', () => {
    const svg = renderCardSvg({ title: 'Trail shoe', price: 129, currency: 'EUR' }, { now, story: true, onWarning: () => {} })
    expect(svg).not.toContain('<path')
    expect(svg).not.toContain('Scan the code')
  })
})

describe('long words', () => {
  it('wraps a run of hanzi between Latin words within the line, cut with "…"', () => {
    const width = 482
    const lines = wrapText('Nike 耐克男子跑步鞋超轻透气减震缓冲运动鞋休闲鞋官方旗舰店正品新款夏季网面透气男鞋女鞋', width, 40, 3, true)
    expect(lines).toHaveLength(3)
    for (const line of lines) expect(textWidth(line, 40, true)).toBeLessThanOrEqual(width)
    expect(lines[2]).toMatch(/…$/)
  })

  it('breaks a Latin word wider than the line', () => {
    const lines = wrapText(`Shoe ${'x'.repeat(200)}`, 400, 40, 3, true)
    for (const line of lines) expect(textWidth(line, 40, true)).toBeLessThanOrEqual(400)
  })
})

describe('options that throw', () => {
  it('renderCardSvg does not throw on an option whose getter throws', () => {
    const options = { now, onWarning: () => {}, get locale(): string { throw new Error('boom') } }
    expect(() => renderCardSvg(card, options)).not.toThrow()
  })
})

describe('isPublicAddress', () => {
  it.each(['012.0.0.1', '08.8.8.8'])('refuses %s, which is ambiguous: inet_aton reads a leading 0 as octal', (address) => {
    expect(isPublicAddress(address)).toBe(false)
  })
})

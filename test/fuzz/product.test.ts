// The product cascade, fuzzed directly over whole pages (attributes, JSON-LD, Open Graph, the
// document): whatever the page holds, the product is well formed and its URLs are http(s).
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { resolveProduct } from '../../src/product/resolve-product'
import { readAttributes } from '../../src/config/read-attributes'
import { resolveOptions } from '../../src/config/resolve-options'
import type { ErrorCode } from '../../src/lib/errors'
import { arb, params, writeHead } from './fuzz'
// @ts-expect-error -- plain JavaScript, run inside Chromium too
import { inspectWidget } from './inspect-widget.js'
// @ts-expect-error -- plain JavaScript with JSDoc: the contract's tables
import { ENDPOINTS } from '../browser/contract.js'

afterEach(() => {
  document.head.replaceChildren()
  document.body.replaceChildren()
})

const web = (value: unknown) => typeof value == 'string' && /^https?:\/\//.test(value) && value.length <= 2048

describe('the product cascade, fuzzed', () => {
  it('always gives an http(s) url, an http(s) image or none, bounded text and real numbers', () => {
    fc.assert(fc.property(arb.page(), (input) => {
      writeHead(document, input)
      const target = document.body.appendChild(document.createElement('div'))
      for (const [key, value] of Object.entries(input.attributes)) target.setAttribute(arb.attributeName(key), value)
      const codes: ErrorCode[] = []
      const warn = (code: ErrorCode) => { codes.push(code) }
      const attributes = readAttributes(target)
      const product = resolveProduct(attributes, document, 'https://shop.example/page', warn)
      resolveOptions(attributes, document, warn)
      expect(web(product.url)).toBe(true)
      if (product.image !== undefined) expect(web(product.image)).toBe(true)
      expect(typeof product.title).toBe('string')
      expect(product.title.length).toBeLessThanOrEqual(300)
      expect((product.text ?? '').length).toBeLessThanOrEqual(1000)
      for (const n of [product.price, product.originalPrice, product.stock]) if (n !== undefined) expect(n >= 0 && n <= 1e12).toBe(true)
      if (product.stock !== undefined) expect(Number.isInteger(product.stock)).toBe(true)
      if (product.deadline !== undefined) expect(Number.isFinite(new Date(product.deadline).getTime())).toBe(true)
      if (product.currency !== undefined) expect(product.currency).toMatch(/^[A-Z]{3}$/)
      // Nothing of the page's JSON-LD pollutes the objects the widget uses, and the product has
      // no prototype to inherit a field from.
      expect(({} as Record<string, unknown>).name).toBeUndefined()
      expect(Object.getPrototypeOf(product)).toBe(null)
      for (const code of codes) expect(code).toMatch(/^SC[1-5]\d\d$/)
      target.remove()
    }), params(800))
  }, 60_000)
})

describe('inspectWidget, the fuzz suite\'s judge', () => {
  const root = () => {
    const host = document.body.appendChild(document.createElement('div'))
    return host.attachShadow({ mode: 'open' })
  }
  const endpoints = ENDPOINTS as Record<string, unknown>

  it('passes the widget\'s own markup with contract links', () => {
    const r = root()
    r.innerHTML = '<div class="w" role="group"><ul><li><a class="c" data-channel="email" href="mailto:?subject=T&amp;body=https%3A%2F%2Fs.example%2F" target="_blank" rel="noopener noreferrer"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M0 0"></path></svg><span class="x">Email</span></a></li></ul><img class="ci" src="https://s.example/p.jpg" alt=""></div>'
    expect(inspectWidget(r, endpoints)).toEqual([])
  })

  it('catches an injected element, an event handler, a script URL and a link to the wrong place', () => {
    const r = root()
    r.innerHTML = '<div><img src="javascript:alert(1)" onerror="alert(1)"><script></script><a data-channel="x" href="https://evil.example/intent/tweet?url=x">X</a><a data-channel="sms" href="javascript:alert(1)">S</a><a data-channel="facebook" href="https://www.facebook.com/sharer/sharer.php?u=javascript%3Aalert(1)">F</a><button formaction="https://evil.example/">b</button></div>'
    const problems = inspectWidget(r, endpoints) as string[]
    for (const part of ['<img src="javascript:', '<img onerror> is an event handler', '<script> is not', 'x links to https://evil.example', 'sms links to javascript:', 'facebook: u=javascript:', '<button formaction=']) {
      expect(problems.some((p) => p.includes(part)), `${part} in ${problems.join('\n')}`).toBe(true)
    }
  })
})

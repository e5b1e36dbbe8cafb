// shareUrl() and the share-copy renderer, fuzzed directly: many more runs than a mount allows.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildShareUrl as shareUrl } from '../../src/share/build-share-url'
import { renderCopy } from '../../src/share/render-copy'
// @ts-expect-error -- plain JavaScript with JSDoc: the contract's tables
import { ENDPOINTS } from '../browser/contract.js'
import { arb, badWarnings, params } from './fuzz'

const endpoints = ENDPOINTS as Record<string, { base: string; params: Record<string, string> }>

/** Whether `value` is an absolute http(s) URL, by the URL parser alone. */
const isWeb = (value: unknown) => {
  try {
    return /^https?:$/.test(new URL(value as string).protocol)
  } catch {
    return false
  }
}

describe('shareUrl, fuzzed', () => {
  it('gives null or the channel\'s contract endpoint carrying an http(s) link, for any channel and data; never throws', () => {
    const channel = fc.oneof(fc.constantFrom(...arb.CHANNEL_IDS), fc.constantFrom(...arb.CHANNEL_IDS).map((id) => id.toUpperCase()), arb.text(),
      fc.constantFrom<unknown>(null, undefined, Object.create(null), Symbol('x'), ['x']))
    const value = fc.oneof(arb.text(), fc.constantFrom<unknown>(undefined, null, 42, {}, ['https://a.example/']))
    const data = fc.oneof(
      fc.record({ url: arb.url(), title: value, text: value, image: fc.oneof(arb.url(), value, fc.constantFrom(Object.create(null), Symbol('s'))) }, { requiredKeys: ['url'] }),
      fc.constantFrom<unknown>(null, undefined, {}, 'https://shop.example/'),
    )
    fc.assert(fc.property(channel, data, fc.boolean(), (id, given, mobile) => {
      const warnings: string[] = []
      const href = shareUrl(id as string, given as never, { warn: (m) => warnings.push(m), mobile: () => mobile })
      const key = typeof id == 'string' || Array.isArray(id) ? String(id).toLowerCase() : ''
      const spec = Object.hasOwn(endpoints, key) ? endpoints[key] : undefined
      const url = (given as { url?: unknown } | null | undefined)?.url
      if (!spec || !isWeb(url)) expect(href).toBeNull()
      if (href === null || !spec) return
      const [base, query = ''] = href.split(/\?(.*)/s)
      if (key === 'messenger') expect(['fb-messenger://share/', spec.base]).toContain(base)
      else expect(base).toBe(spec.base)
      const search = new URLSearchParams(query)
      // The shared link is there (messenger's phone form carries it in `link` alone).
      expect(Object.entries(spec.params).some(([key, kind]) => /url/i.test(kind) && search.get(key) !== null)).toBe(true)
      for (const [key, kind] of Object.entries(spec.params)) {
        const param = search.get(key)
        if (kind === 'url' && param !== null) expect(isWeb(param)).toBe(true)
        if (kind === 'textUrl') expect(param).toContain(new URL(url as string).href)
        if (kind === 'image' && param !== null) expect(isWeb(param)).toBe(true)
      }
      expect(badWarnings(warnings)).toEqual([])
    }), params(3000))
  })
})

describe('renderCopy, fuzzed', () => {
  /** The renderer as its documentation states it, written independently: own values only. */
  const model = (template: string, plain: string, values: Record<string, string | undefined>) => {
    const fill = (t: string) => {
      const names = [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)
      if (!names.every((name) => Object.hasOwn(values, name) && values[name] != null)) return undefined
      return t.replace(/\{(\w+)\}/g, (_, name: string) => values[name]!).trim()
    }
    return fill(template) ?? fill(plain) ?? values.title ?? ''
  }
  const values = fc.dictionary(
    fc.constantFrom('title', 'price', 'discount', 'stock', 'url', 'text', 'nope'),
    fc.option(arb.text(), { nil: undefined }),
  )

  it('fills placeholders from own values only, else falls back to the plain copy, else the title', () => {
    fc.assert(fc.property(arb.template(), arb.template(), values, (template, plain, given) => {
      const out = renderCopy(template, plain, given)
      expect(out).toBe(model(template, plain, given))
      // Nothing inherited by every object leaks into copy.
      if (![template, plain, ...Object.values(given)].some((part) => part?.includes('native code'))) expect(out).not.toContain('native code')
    }), params(3000))
  })
})

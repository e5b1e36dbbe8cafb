// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { baseUrl } from '../../src/product/base-url'

const page = (head: string) => new DOMParser().parseFromString(`<!doctype html><head>${head}</head>`, 'text/html')

describe('baseUrl', () => {
  it('is the page URL when there is no <base>', () => {
    expect(baseUrl(page(''), 'https://shop.example/p/42')).toBe('https://shop.example/p/42')
  })

  it('is the <base href>, resolved against the page URL', () => {
    expect(baseUrl(page('<base href="/shop/">'), 'https://shop.example/p/42')).toBe('https://shop.example/shop/')
  })

  it('ignores a <base href> that is not http(s)', () => {
    expect(baseUrl(page('<base href="javascript:alert(1)">'), 'https://shop.example/p/42')).toBe('https://shop.example/p/42')
  })
})

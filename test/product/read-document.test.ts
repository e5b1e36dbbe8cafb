// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { readDocument } from '../../src/product/read-document'

const href = 'https://shop.example/p/42?color=red'
const page = (head: string) => new DOMParser().parseFromString(`<!doctype html><head>${head}</head>`, 'text/html')

describe('readDocument', () => {
  it('takes the URL from the canonical link, resolved against the page', () => {
    expect(readDocument(page('<link rel="canonical" href="/p/42">'), href).url).toBe('https://shop.example/p/42')
  })

  it('finds the canonical link among other rel values, in any case', () => {
    expect(readDocument(page('<link rel="Alternate CANONICAL" href="https://shop.example/p/42">'), href).url)
      .toBe('https://shop.example/p/42')
  })

  it('resolves the canonical link against <base href>', () => {
    expect(readDocument(page('<base href="https://cdn.example/shop/"><link rel="canonical" href="p/42">'), href).url)
      .toBe('https://cdn.example/shop/p/42')
  })

  it('falls back to the page URL without a canonical link', () => {
    expect(readDocument(page(''), href).url).toBe(href)
  })

  it('falls back to the page URL when the canonical link is not http(s)', () => {
    expect(readDocument(page('<link rel="canonical" href="javascript:alert(1)">'), href).url).toBe(href)
  })

  it('takes the title from <title> and the text from the meta description', () => {
    const doc = page('<title> Red shoes | Shop </title><meta name="Description" content="Light and dry.">')
    const fields = readDocument(doc, href)
    expect(fields.title?.trim()).toBe('Red shoes | Shop')
    expect(fields.text).toBe('Light and dry.')
  })

  it('leaves the text out without a meta description', () => {
    expect(readDocument(page('<meta name="keywords" content="shoes">'), href).text).toBeUndefined()
  })
})

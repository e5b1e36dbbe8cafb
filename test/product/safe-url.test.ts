import { describe, expect, it } from 'vitest'
import { safeUrl } from '../../src/product/safe-url'

const base = 'https://shop.example/category/shoes?page=2'

describe('safeUrl', () => {
  it.each([
    ['https://shop.example/p/42', 'https://shop.example/p/42'],
    ['http://shop.example/p/42', 'http://shop.example/p/42'],
    ['/p/42', 'https://shop.example/p/42'],
    ['red-shoe', 'https://shop.example/category/red-shoe'],
    ['?page=3', 'https://shop.example/category/shoes?page=3'],
    ['//cdn.example/img.jpg', 'https://cdn.example/img.jpg'],
    ['  https://shop.example/p/42  ', 'https://shop.example/p/42'],
    ['HTTPS://Shop.Example/p/42', 'https://shop.example/p/42'],
  ])('resolves %j to %j', (value, href) => {
    expect(safeUrl(value, base)).toBe(href)
  })

  it('resolves a blank string to the base, as href="" does in HTML', () => {
    expect(safeUrl('  ', base)).toBe(base)
  })

  it('reads an absolute URL on a page without a usable base (about:blank)', () => {
    expect(safeUrl('https://shop.example/p/42', 'about:blank')).toBe('https://shop.example/p/42')
  })

  it('gives nothing for a relative URL without a usable base', () => {
    expect(safeUrl('/p/42', 'about:blank')).toBeUndefined()
  })

  it('rejects a relative URL that resolves to a file: URL', () => {
    expect(safeUrl('p/42', 'file:///home/shop/index.html')).toBeUndefined()
  })

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: with spaces and case', '  JavaScript:alert(1)'],
    ['javascript: with a tab inside', 'java\tscript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a data: image', 'data:image/png;base64,AAAA'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['blob:', 'blob:https://shop.example/1234'],
    ['ftp:', 'ftp://shop.example/p'],
    ['mailto:', 'mailto:a@b.example'],
    ['a URL over 2048 characters', 'https://shop.example/' + 'a'.repeat(2048)],
    ['a broken URL', 'https://exa mple.com:99999/'],
    ['a number', 42],
    ['null', null],
    ['an object', { href: 'https://shop.example/' }],
    ['a URL object', new URL('https://shop.example/')],
  ])('rejects %s', (_, value) => {
    expect(safeUrl(value, base)).toBeUndefined()
  })
})

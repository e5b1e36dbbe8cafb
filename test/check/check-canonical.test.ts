// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { checkCanonical } from '../../src/check/check-canonical'
import { page } from './kit'

describe('checkCanonical', () => {
  it('is ok when the page names its canonical URL', () => {
    expect(checkCanonical(page('<link rel="canonical" href="https://shop.example/p/lantern">'))).toEqual({
      code: 'canonical', level: 'ok', fix: '', message: 'The page names its canonical URL: https://shop.example/p/lantern.',
    })
  })

  it('finds canonical among several link types, in any case', () => {
    expect(checkCanonical(page('<link rel="preload CANONICAL" href="https://shop.example/p/lantern">')).level).toBe('ok')
  })

  it('warns, with the tag to add, when the page has no <link rel="canonical">', () => {
    const found = checkCanonical(page('<meta property="og:url" content="https://shop.example/p/lantern">'))
    expect(found.level).toBe('warning')
    expect(found.message).toMatch(/^The page has no <link rel="canonical">/)
    expect(found.fix).toMatch(/^Add <link rel="canonical" href="https:\/\/…\/the-product"> to the <head>/)
  })

  it('warns when the canonical link has no http(s) address', () => {
    for (const href of ['javascript:alert(1)', '']) {
      const found = checkCanonical(page(`<link rel="canonical" href="${href}">`))
      expect(found.level, href).toBe('warning')
      expect(found.message).toContain(`href="${href}"`)
    }
  })
})

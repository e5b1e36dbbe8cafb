// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { checkOgImage } from '../../src/check/check-og-image'
import { page } from './kit'

describe('checkOgImage', () => {
  it('is ok with an absolute og:image', () => {
    expect(checkOgImage(page('<meta property="og:image" content="https://shop.example/lantern.jpg">'))).toEqual({
      code: 'og-image', level: 'ok', fix: '', message: 'The page has an og:image: https://shop.example/lantern.jpg.',
    })
  })

  it('accepts og:image written as meta name, as crawlers do', () => {
    expect(checkOgImage(page('<meta name="og:image" content="https://shop.example/lantern.jpg">')).level).toBe('ok')
  })

  it('warns, with the tag to add, when the page has no og:image', () => {
    const found = checkOgImage(page('<meta property="og:title" content="Lantern">'))
    expect(found.level).toBe('warning')
    expect(found.message).toBe('The page has no og:image, so links shared from it show no picture in social networks and chat apps.')
    expect(found.fix).toMatch(/^Add <meta property="og:image" content="https:\/\/…\/photo\.jpg">/)
  })

  it('warns when og:image is a relative URL, which link previews cannot use', () => {
    const found = checkOgImage(page('<meta property="og:image" content="/img/lantern.jpg">'))
    expect(found.level).toBe('warning')
    expect(found.message).toContain('"/img/lantern.jpg" is not an absolute http(s) URL')
  })
})

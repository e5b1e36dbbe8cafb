import { describe, expect, it } from 'vitest'
import { countWithLink, fitText, measure } from '../../src/share/fit-text'

const url = 'https://shop.example/p/trail-shoe?utm_source=x&utm_medium=social&utm_campaign=sharecue&scid=V1StGXR8_Z5jdHi6B-myT'

describe('countWithLink', () => {
  it('counts the copy, a space and the link at its own weight, or the link where the copy holds it', () => {
    const x = { max: 280, weighted: true, link: 23 }
    expect(countWithLink('Look 🎁', url, x)).toBe(5 + 2 + 1 + 23)
    expect(countWithLink(`Look ${url} now`, url, x)).toBe('Look now'.length + 23)
    expect(countWithLink('', url, x)).toBe(23)
    expect(countWithLink('Look', url)).toBe(4 + 1 + url.length)
  })
})

describe('measure', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(measure('🎁🎁')).toBe(2)
  })

  it('counts CJK and emoji twice when weighted, as X does', () => {
    expect(measure('限时优惠', true)).toBe(8)
    expect(measure('Sale 🎁', true)).toBe(7)
    expect(measure('Sale – “now”', true)).toBe(12)
  })
})

describe('fitText', () => {
  it('leaves copy alone when the channel has no limit', () => {
    expect(fitText('x'.repeat(5000), url)).toHaveLength(5000)
  })

  it('fits X: the link counts 23 and the whole post at most 280', () => {
    const text = fitText('a'.repeat(400), url, { max: 280, link: 23, weighted: true })
    expect(measure(text, true) + 1 + 23).toBeLessThanOrEqual(280)
    expect(measure(text, true) + 1 + 23).toBeGreaterThanOrEqual(278)
    expect(text.endsWith('…')).toBe(true)
  })

  it('fits CJK copy into X by weight', () => {
    const text = fitText('限时优惠'.repeat(100), url, { max: 280, link: 23, weighted: true })
    expect(measure(text, true) + 24).toBeLessThanOrEqual(280)
    expect(text.endsWith('…')).toBe(true)
  })

  it('keeps SMS short: copy and full link within 160', () => {
    const text = fitText('Look at this wonderful pair of trail running shoes I found, they are on sale this week only'.repeat(2), url, { max: 160 })
    expect(text.length + 1 + url.length).toBeLessThanOrEqual(160)
  })

  it('drops the copy rather than cutting the link when the link alone fills the limit', () => {
    expect(fitText('Some copy', url, { max: url.length + 2 })).toBe('')
  })

  it('moves a {url} placed in the copy after it when the copy must be cut', () => {
    const long = `Look ${url} ` + 'b'.repeat(300)
    const text = fitText(long, url, { max: 280, link: 23 })
    expect(text.includes(url)).toBe(false)
    expect(text.length + 24).toBeLessThanOrEqual(280)
  })

  it('keeps copy that holds its link and fits', () => {
    expect(fitText(`New: ${url}`, url, { max: 280, link: 23 })).toBe(`New: ${url}`)
  })
})

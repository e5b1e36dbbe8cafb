import { describe, expect, it } from 'vitest'
import { brandColors } from '../../src/styles/brand-colors'
import { colors } from '../../src/channels/colors'

const luminance = (hex: string) => {
  const full = hex.length === 4 ? '#' + [...hex.slice(1)].map((c) => c + c).join('') : hex
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

describe('brandColors', () => {
  it.each(Object.entries(colors))('gives %s (%s) text that meets WCAG AA, 4.5:1', (_, color) => {
    const [background, text] = brandColors(color)
    expect(contrast(background, text)).toBeGreaterThanOrEqual(4.5)
  })

  it('keeps a colour that already works with white text', () => {
    expect(brandColors('#000000')).toEqual(['#000000', '#fff'])
  })

  it('puts dark text on a light brand rather than muddying its colour', () => {
    expect(brandColors('#FECE00')).toEqual(['#FECE00', '#111'])
  })
})

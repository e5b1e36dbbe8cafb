import { describe, expect, it } from 'vitest'
import { layoutCard, textWidth, wrapText, type CardImageData, type Op } from '../../src/card/card-layout'
import { cardImageData } from '../../src/card/card-image-data'
import { en } from '../../src/i18n/en'

const card: CardImageData = {
  title: 'Alpine Trail Runner – Ember Red', brand: 'Summit Outfitters', image: 'https://shop.example/p.jpg',
  price: '€129.00', originalPrice: '€159.00', discount: '-18%', deadline: 'Ends 30 Nov, 23:59 UTC', stock: 'Only 3 left', site: 'shop.example',
}
const texts = (ops: Op[]) => ops.filter((op) => op.op === 'text').map((op) => (op as { text: string }).text)

describe('textWidth', () => {
  it('counts CJK characters as a full em and Latin narrower', () => {
    expect(textWidth('限时优惠', 10)).toBe(40)
    expect(textWidth('abcd', 10)).toBeLessThan(30)
  })
})

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 200, 20, 5)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(textWidth(line, 20)).toBeLessThanOrEqual(200)
    expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten')
  })

  it('breaks CJK text between characters', () => {
    const lines = wrapText('限时优惠'.repeat(10), 100, 20, 10)
    expect(lines.every((line) => textWidth(line, 20) <= 100)).toBe(true)
    expect(lines.join('')).toBe('限时优惠'.repeat(10))
  })

  it('ends the last line it keeps with an ellipsis', () => {
    const lines = wrapText('word '.repeat(100).trim(), 200, 20, 2)
    expect(lines).toHaveLength(2)
    expect(lines[1]!.endsWith('…')).toBe(true)
    expect(textWidth(lines[1]!, 20)).toBeLessThanOrEqual(200)
  })
})

describe('layoutCard', () => {
  it.each([[1200, 630], [1080, 1080]])('lays out every fact at %i×%i, inside the image', (width, height) => {
    const ops = layoutCard(card, width, height)
    const shown = texts(ops).join(' ')
    for (const fact of ['Summit Outfitters', '€129.00', '€159.00', '-18%', 'Ends 30 Nov, 23:59 UTC', 'Only 3 left', 'shop.example']) expect(shown).toContain(fact)
    for (const op of ops) {
      expect(op.x).toBeGreaterThanOrEqual(0)
      expect(op.y).toBeGreaterThanOrEqual(0)
      if (op.op === 'rect' || op.op === 'image') {
        expect(op.x + op.w).toBeLessThanOrEqual(width + 0.5)
        expect(op.y + op.h).toBeLessThanOrEqual(height + 0.5)
      } else if (op.op === 'text') expect(op.y).toBeLessThanOrEqual(height)
    }
    expect(ops.some((op) => op.op === 'image')).toBe(true)
  })

  it.each([
    ['a four-digit price', { price: '€1,299.99', originalPrice: '€1,599.99' }, false],
    ['Arabic, right to left', { price: '\u200f١٢٩٫٠٠ €', originalPrice: '\u200f١٥٩٫٠٠ €', discount: '\u061c-١٨٪', rtl: true }, true],
  ])('keeps the price row inside the image: %s', (_, prices, rtl) => {
    for (const [width, height] of [[1200, 630], [1080, 1080]]) {
      for (const op of layoutCard({ ...card, ...prices, rtl }, width, height)) {
        if (op.op === 'rect') expect(op.x).toBeGreaterThanOrEqual(0)
        if (op.op === 'rect') expect(op.x + op.w).toBeLessThanOrEqual(width)
        if (op.op === 'text' && op.anchor !== 'end') expect(op.x + textWidth(op.text, op.size, op.bold)).toBeLessThanOrEqual(width)
        if (op.op === 'text' && op.anchor === 'end') expect(op.x - textWidth(op.text, op.size, op.bold)).toBeGreaterThanOrEqual(0)
      }
    }
  })

  it('strikes the original price through', () => {
    const original = layoutCard(card, 1200, 630).find((op) => op.op === 'text' && op.text === '€159.00')
    expect(original).toMatchObject({ strike: true })
  })

  it('puts the photo on the right and anchors text at the end, right to left', () => {
    const ops = layoutCard({ ...card, rtl: true }, 1200, 630)
    expect(ops.find((op) => op.op === 'image')).toMatchObject({ x: 570 })
    expect(ops.find((op) => op.op === 'text')).toMatchObject({ anchor: 'end' })
  })

  it('draws no photo without one', () => {
    expect(layoutCard({ ...card, image: undefined }, 1200, 630).some((op) => op.op === 'image')).toBe(false)
  })
})

describe('cardImageData', () => {
  const now = Date.UTC(2026, 10, 22, 12)
  const product = { url: 'https://shop.example/p/1?x=1', title: 'Trail shoe', price: 75, originalPrice: 100, currency: 'EUR', deadline: Date.UTC(2026, 10, 30, 23, 59), stock: 3 }

  it('writes the deadline as an absolute date and time, never a time left', () => {
    const data = cardImageData(product, en, { tag: 'en-GB', now, timeZone: 'UTC' })
    expect(data.deadline).toBe('Ends 30 Nov, 23:59 UTC')
    expect(data).toMatchObject({ price: '€75.00', originalPrice: '€100.00', discount: '-25%', stock: 'Only 3 left', site: 'shop.example' })
  })

  it('says the offer has ended after the deadline, with no discount or stock cue', () => {
    const data = cardImageData(product, en, { tag: 'en', now: product.deadline + 1 })
    expect(data).toMatchObject({ deadline: 'This offer has ended', ended: true, discount: undefined, originalPrice: undefined, stock: undefined })
  })
})

describe('the Story (1080×1920)', () => {
  const qr = { path: 'M0 0h1v1h-1z', size: 21 }
  const bare = cardImageData({ url: 'https://shop.example/p/1', title: 'Plain mug', price: 12, currency: 'EUR' }, en, { tag: 'en', now: Date.UTC(2026, 0, 1) })
  const story = (data: CardImageData) => layoutCard({ ...data, qr, scan: en.storyScan }, 1080, 1920)

  it('draws the QR code in a white box with a four-module quiet zone, and the scan line beside it, inside the image', () => {
    const ops = story(card)
    const path = ops.find((op) => op.op === 'path') as Extract<Op, { op: 'path' }>
    expect(path.d).toBe(qr.path)
    const box = ops.filter((op) => op.op === 'rect').find((op) => Math.abs((op as { x: number }).x + 4 * path.scale - path.x) < 0.01) as Extract<Op, { op: 'rect' }>
    expect(box.fill).toBe('#ffffff')
    expect(box.w).toBeCloseTo((qr.size + 8) * path.scale, 5)
    expect(box.y + box.h).toBeLessThanOrEqual(1920)
    expect(texts(ops).join(' ')).toContain('Scan the code, or tap the link sticker')
    for (const op of ops) if (op.op === 'text') expect(op.y).toBeLessThanOrEqual(1920)
  })

  it('shows the honest cues a product has, above the QR code, and none it does not have', () => {
    const full = texts(story(card))
    for (const cue of ['€129.00', '€159.00', '-18%', 'Only 3 left', 'Ends 30 Nov, 23:59 UTC']) expect(full).toContain(cue)
    const band = story(card).find((op) => op.op === 'text' && op.text.startsWith('Ends')) as Extract<Op, { op: 'text' }>
    const path = story(card).find((op) => op.op === 'path') as Extract<Op, { op: 'path' }>
    expect(band.y).toBeLessThan(path.y)
    const plain = texts(story(bare)).join('\n')
    expect(plain).toContain('€12.00')
    expect(plain).not.toMatch(/Ends|left|Sold|%|ended/)
  })

  it('leaves other sizes without a QR code, even when given one', () => {
    expect(layoutCard({ ...card, qr, scan: en.storyScan }, 1200, 630).some((op) => op.op === 'path')).toBe(false)
    expect(layoutCard({ ...card, qr, scan: en.storyScan }, 1080, 1080).some((op) => op.op === 'path')).toBe(false)
  })
})

// The Story's QR code in the browser's card image: which data the drawing gets. The drawing
// itself needs a real canvas (test/browser/card-image.test.js); here it only records its data.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CardImageData } from '../../src/card/card-layout'
import { cardImages } from '../../src/card/card-images'
import { storySize } from '../../src/card/card-layout'
import { en } from '../../src/i18n/en'

const drawn = vi.hoisted(() => [] as CardImageData[])
vi.mock('../../src/card/draw-card', async (original) => ({
  ...await original<typeof import('../../src/card/draw-card')>(),
  drawCard: async (data: CardImageData) => (drawn.push(data), new Blob(['png'], { type: 'image/png' })),
}))

const product = { url: 'https://shop.example/p/trail-shoe', title: 'Trail shoe', price: 129, currency: 'EUR' }

/** A widget's card images, in English, with warnings collected. */
const images = () => {
  const host = document.body.appendChild(document.createElement('div'))
  const warn = vi.fn()
  const source = () => ({ product, tag: 'en', now: Date.UTC(2026, 10, 20), threshold: 5 })
  return { warn, ...cardImages(document, host.attachShadow({ mode: 'open' }), warn, source, () => [product]) }
}

afterEach(() => {
  drawn.length = 0
  document.body.innerHTML = ''
})

describe('the Story image in the browser', () => {
  it('carries the QR code of its link and the line beside it', async () => {
    const { draw, warn } = images()
    await draw({ ...storySize, link: `${product.url}?utm_source=image&scid=Ug0-wW5DtfNlbuSFaa0Rj` })
    expect(drawn[0]?.qr?.size).toBeGreaterThan(20)
    expect(drawn[0]?.scan).toBe(en.storyScan)
    expect(warn).not.toHaveBeenCalled()
  })

  it('is drawn without the code and without its line for a link no QR code can hold, with one SC316', async () => {
    const { draw, warn } = images()
    const link = `${product.url}?sizes=${'38%2C39%2C40%2C41%2C42%2C'.repeat(125)}&utm_source=image`
    const file = await draw({ ...storySize, link })
    expect(file.type).toBe('image/png')
    expect(drawn[0]?.title).toBe('Trail shoe')
    expect(drawn[0]).not.toHaveProperty('qr')
    expect(drawn[0]).not.toHaveProperty('scan')
    expect(warn.mock.calls).toEqual([['SC316', link.slice(0, 60), link.length]])
  })
})

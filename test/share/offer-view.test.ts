import { describe, expect, it } from 'vitest'
import { offerView } from '../../src/share/offer-view'
import { copyValues } from '../../src/share/copy-values'
import { cardModel } from '../../src/card/card-model'
import { cardImageData } from '../../src/card/card-image-data'
import { en } from '../../src/i18n/en'

const now = Date.UTC(2026, 11, 1, 12)
const product = { url: 'https://shop.example/p/lamp', title: 'Lamp', price: 75, originalPrice: 100, currency: 'USD', deadline: now + 3 * 86_400_000, stock: 3 }

describe('offerView', () => {
  it('formats the price, the discount, the deadline and low stock once', () => {
    const view = offerView(product, en, { tag: 'en', now, timeZone: 'UTC' })
    expect(view).toMatchObject({ price: '$75.00', originalPrice: '$100.00', discount: '-25%', stock: 'Only 3 left' })
    expect(view.deadline).toMatch(/Dec/)
  })

  it('shows no discount, deadline or stock cue once the offer has ended', () => {
    const view = offerView(product, en, { tag: 'en', now: product.deadline + 1 })
    expect([view.originalPrice, view.discount, view.deadline, view.stock]).toEqual([undefined, undefined, undefined, undefined])
    expect(view.price).toBe('$75.00')
  })

  it('gives a sold-out product no deadline and its copy no time left: nothing is left to hurry for', () => {
    const soldOut = { ...product, stock: 0 }
    const view = offerView(soldOut, en, { tag: 'en', now })
    expect(view).toMatchObject({ discount: '-25%', stock: 'Sold out', deadline: undefined })
    expect(copyValues(soldOut, 'en', now)).toMatchObject({ discount: '-25%', deadline: undefined, timeLeft: undefined })
  })

  it('is what the card, the share copy and the card image show', () => {
    const view = offerView(product, en, { tag: 'en', now })
    const copy = copyValues(product, 'en', now)
    const [card] = cardModel(product, en, { tag: 'en', now, threshold: 5, paused: false })
    const image = cardImageData(product, en, { tag: 'en', now })
    for (const surface of [copy, card, image]) {
      expect([surface.price, surface.originalPrice, surface.discount]).toEqual([view.price, view.originalPrice, view.discount])
    }
    expect([card.stock, image.stock]).toEqual([view.stock, view.stock])
  })
})

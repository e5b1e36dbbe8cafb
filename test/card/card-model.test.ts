import { describe, expect, it } from 'vitest'
import { cardModel } from '../../src/card/card-model'
import { en } from '../../src/i18n/en'

const now = Date.UTC(2026, 11, 1, 12)
const product = { url: 'https://s.example/p', title: 'T', price: 75, originalPrice: 100, currency: 'EUR' }
const state = { tag: 'en', now, threshold: 5, paused: false }

describe('cardModel', () => {
  it('asks for the next draw when the shown second changes, so every card ticks on one beat', () => {
    expect(cardModel({ ...product, deadline: now + 5_250 }, en, state)[1]).toBe(250)
    expect(cardModel({ ...product, deadline: now + 5_000 }, en, state)[1]).toBe(1000)
  })

  it('asks once a minute while more than a day is left, or while paused', () => {
    expect(cardModel({ ...product, deadline: now + 3 * 86_400_000 + 1_800_000 }, en, state)[1]).toBe(60_000)
    expect(cardModel({ ...product, deadline: now + 5_250 }, en, { ...state, paused: true })[1]).toBe(5_250)
  })

  it('asks a millisecond past the hour while days and hours show, when the hours shown change', () => {
    expect(cardModel({ ...product, deadline: now + 86_400_000 + 30_000 }, en, state)[1]).toBe(30_001)
    expect(cardModel({ ...product, deadline: now + 3 * 86_400_000 }, en, state)[1]).toBe(1)
  })

  it('asks exactly at the deadline when it comes sooner than the next step', () => {
    expect(cardModel({ ...product, deadline: now + 30_000 }, en, { ...state, paused: true })[1]).toBe(30_000)
  })

  it('never asks without a deadline, and reports no time left once ended', () => {
    expect(cardModel(product, en, state)[1]).toBe(Infinity)
    expect(cardModel({ ...product, deadline: now - 1 }, en, state)[2]).toBe(0)
  })

  it('shows the absolute deadline while paused, the time left otherwise', () => {
    const deadline = now + 7_200_000
    expect(cardModel({ ...product, deadline }, en, state)[0].time).toBe('02:00:00')
    expect(cardModel({ ...product, deadline }, en, { ...state, paused: true })[0].time).toMatch(/Dec/)
  })
})

describe('a sold-out product', () => {
  it('has no countdown, as there is nothing left to hurry for, and still draws again at the deadline, when the discount goes', () => {
    const deadline = now + 7_200_000
    const [card, next] = cardModel({ ...product, deadline, stock: 0 }, en, state)
    expect(card).toMatchObject({ stock: en.soldOut, discount: '-25%', ticking: false, time: undefined, deadline: undefined })
    expect(next).toBe(3_600_000) // an hour at most, then the rest of the way to the deadline
    expect(cardModel({ ...product, deadline: now + 30_000, stock: 0 }, en, state)[1]).toBe(30_000)
    expect(cardModel({ ...product, deadline: now - 1, stock: 0 }, en, state)[0].discount).toBeUndefined()
  })
})

describe('a deadline months away (shop software writes the end of next year into priceValidUntil)', () => {
  it('shows no countdown or deadline until 31 days are left, and is drawn again within the hour until then', () => {
    const far = { ...product, deadline: now + 390 * 86_400_000 }
    const [card, next] = cardModel(far, en, state)
    expect(card).toMatchObject({ discount: '-25%', time: undefined, deadline: undefined, ticking: false })
    expect(next).toBe(3_600_000)
    expect(cardModel(far, en, { ...state, now: far.deadline - 30 * 86_400_000 })[0].time).toBe('30 days')
  })
})

import { describe, expect, it } from 'vitest'
import { defaults } from '../../demo/playground/settings'
import { fieldNotes } from '../../demo/playground/field-notes'
import { parseStock } from '../../src/product/parse-price'

const base = defaults('2099-12-01T23:59:00Z')
const env = { now: Date.parse('2026-12-01T00:00:00Z'), canShare: true, phone: false }

describe('the notes next to the fields', () => {
  it('take stock as the widget reads it: a count with a group mark is a count', () => {
    for (const stock of ['1,000', '1 000', '1.000']) {
      expect(parseStock(stock), stock).toBe(1000)
      expect(fieldNotes({ ...base, stock }, env).stock, stock).toBeUndefined()
    }
    expect(fieldNotes({ ...base, stock: '2.5' }, env).stock).toMatch(/not a whole number/)
    expect(fieldNotes({ ...base, stock: '5 left' }, env).stock).toMatch(/not a whole number/)
  })

  it('say sold out for every way of writing zero the widget reads as zero', () => {
    for (const stock of ['0', '00', ' 0 ']) {
      expect(parseStock(stock), stock).toBe(0)
      expect(fieldNotes({ ...base, stock }, env).stock, stock).toMatch(/Sold out/)
    }
  })

  it('say when copy that names {stock} falls back to the plain title: sold out, or units that are not few', () => {
    const templates = { default: 'Only {stock} left: {title}' }
    expect(fieldNotes({ ...base, stock: '3', templates }, env).copy).toBeUndefined()
    expect(fieldNotes({ ...base, stock: '0', templates }, env).copy).toMatch(/sold out, so copy that names \{stock\}.*falls back/)
    expect(fieldNotes({ ...base, stock: '50', templates }, env).copy).toMatch(/50 units are not few/)
  })

  it('read the deadline as the widget does: a date-time without an offset is no date to it, a plain date ends the day anywhere', () => {
    expect(fieldNotes({ ...base, deadline: '2026-12-20T23:59' }, env).deadline).toMatch(/not a date the widget reads/)
    expect(fieldNotes({ ...base, deadline: '2026-12-20' }, env).deadline).toBeUndefined()
    // The last day of an offer still runs somewhere on Earth: not ended yet.
    expect(fieldNotes({ ...base, deadline: '2026-12-01' }, { ...env, now: Date.parse('2026-12-01T20:00:00Z') }).deadline).toBeUndefined()
  })

  it('say when the card shows no countdown though a deadline is ahead: more than 31 days away, or sold out', () => {
    expect(fieldNotes({ ...base, deadline: '2099-12-01' }, env).deadline).toMatch(/More than 31 days away/)
    const soon = new Date(env.now + 5 * 864e5).toISOString()
    expect(fieldNotes({ ...base, deadline: soon }, env).deadline).toBeUndefined()
    expect(fieldNotes({ ...base, deadline: soon, stock: '0' }, env).deadline).toMatch(/Sold out: nothing left to hurry for/)
    expect(fieldNotes({ ...base, deadline: soon, stock: '0', templates: { default: 'Ends in {timeLeft}' } }, env).copy).toMatch(/sold out, so copy that names \{timeLeft\}/)
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Env } from '../../src/env'
import type { PurchaseEvent, PurchaseInput, ShareEvent } from '../../src/types'
import { eventually, testEnv } from '../env'
import { createRuntime } from '../../src/runtime/create-runtime'
import { orderOf } from '../../src/events/purchase'

const happy = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM
const scid = 'V1StGXR8_Z5jdHi6B-myT'
const day = 864e5
const order: PurchaseInput = { orderId: '1001', value: 59.9, currency: 'EUR' }

/** A page view: its runtime, the events it made, and its warnings. */
const page = (overrides: Partial<Env> = {}) => {
  const test = testEnv(overrides)
  const runtime = createRuntime(test.env)
  const events: ShareEvent[] = []
  runtime.on('*', (event) => events.push(event))
  const purchases = () => events.filter((e): e is PurchaseEvent => e.type === 'purchase')
  return { ...test, runtime, events, purchases }
}

beforeEach(() => localStorage.clear())
afterEach(() => happy.setURL('http://localhost:3000/'))

describe('purchase', () => {
  it('reports the order with the share this browser arrived through, once however often the page loads', async () => {
    happy.setURL(`https://shop.example/p/1?utm_source=whatsapp&scid=${scid}`)
    page().runtime.start()
    happy.setURL('https://shop.example/thanks')
    const thanks = page()
    thanks.runtime.purchase({ ...order, items: [{ sku: 'TS-1', quantity: 1, price: '59.90' as never }] })
    thanks.runtime.purchase(order)
    await eventually(() => expect(thanks.purchases()).toHaveLength(1))
    expect(thanks.purchases()[0]).toMatchObject({
      type: 'purchase', shareId: scid, channel: 'whatsapp', page: 'https://shop.example/thanks',
      order: { id: '1001', value: 59.9, currency: 'EUR', items: [{ sku: 'TS-1', quantity: 1, price: 59.9 }] },
    })
    // A reload: a new page view of the same browser.
    const reload = page()
    reload.runtime.purchase(order)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(reload.purchases()).toHaveLength(0)
  })

  it('names no share after the attribution window, or before any arrival', async () => {
    let now = Date.now()
    happy.setURL(`https://shop.example/p/1?utm_source=x&scid=${scid}`)
    page({ now: () => now }).runtime.start()
    now += 31 * day
    const late = page({ now: () => now })
    late.runtime.purchase(order)
    await eventually(() => expect(late.purchases()).toHaveLength(1))
    expect(late.purchases()[0]!.shareId).toBeUndefined()
    expect(late.purchases()[0]!.channel).toBeUndefined()
    // A window of 45 days takes it.
    const longer = page({ now: () => now })
    longer.runtime.configure({ attributionDays: 45 })
    longer.runtime.purchase({ ...order, orderId: '1002' })
    await eventually(() => expect(longer.purchases()).toHaveLength(1))
    expect(longer.purchases()[0]!.shareId).toBe(scid)
    localStorage.clear()
    const none = page()
    none.runtime.purchase({ ...order, orderId: '1003' })
    await eventually(() => expect(none.purchases()).toHaveLength(1))
    expect(none.purchases()[0]!.shareId).toBeUndefined()
  })

  it('a wrong attributionDays is warned about and the window stays 30 days', async () => {
    const p = page()
    p.runtime.configure({ attributionDays: 'forever' })
    p.runtime.purchase(order)
    await eventually(() => expect(p.codes()).toContain('SC107'))
    expect(p.warnings.join()).toContain('attributionDays "forever"')
    expect(p.purchases()).toHaveLength(1)
  })

  it('remembers nothing without consent, but reports once per page view and waits for consent to send', async () => {
    const p = page()
    p.runtime.configure({ consent: 'pending' })
    p.runtime.purchase(order)
    p.runtime.purchase(order)
    await eventually(() => expect(p.purchases()).toHaveLength(1))
    expect(localStorage.length).toBe(0)
  })

  it('credits the remembered arrival when consent is given on the thank-you page a moment after purchase()', async () => {
    happy.setURL(`https://shop.example/p/1?utm_source=whatsapp&scid=${scid}`)
    page().runtime.start()
    happy.setURL('https://shop.example/thanks')
    const thanks = page()
    thanks.runtime.configure({ consent: 'pending' })
    thanks.runtime.purchase(order)
    await eventually(() => expect(thanks.purchases()).toHaveLength(1))
    // The consent banner answers: the order goes out now, credited to the arrival remembered with consent.
    thanks.runtime.consent(true)
    expect(thanks.purchases()[0]).toMatchObject({ shareId: scid, channel: 'whatsapp' })
    // And remembered now, so a reload of the thank-you page reports it no more.
    expect(JSON.parse(localStorage.getItem('sharecue:orders') ?? '[]')).toContain(order.orderId)
  })

  it('remembers nothing under Global Privacy Control', async () => {
    const navigator = Object.assign(Object.create(window.navigator), { globalPrivacyControl: true })
    const p = page({ navigator })
    p.runtime.purchase(order)
    await eventually(() => expect(p.purchases()).toHaveLength(1))
    expect(localStorage.getItem('sharecue:orders')).toBeNull()
  })
})

describe('orderOf', () => {
  const check = (input: unknown) => {
    const warnings: unknown[][] = []
    const result = orderOf(input as PurchaseInput, (...args) => void warnings.push(args))
    return { result, warnings }
  }

  it.each([
    ['no order id', { ...order, orderId: '' }, 'orderId'],
    ['an order id of 65 characters', { ...order, orderId: 'x'.repeat(65) }, 'orderId'],
    ['an order id that is an object', { ...order, orderId: {} }, 'orderId'],
    ['value "free"', { ...order, value: 'free' }, 'value'],
    ['value -5', { ...order, value: -5 }, 'value'],
    ['value NaN', { ...order, value: NaN }, 'value'],
    ['currency "€"', { ...order, currency: '€' }, 'currency'],
    ['no currency', { ...order, currency: undefined }, 'currency'],
  ])('refuses %s with SC404', (_, input, field) => {
    const { result, warnings } = check(input)
    expect(result).toBeUndefined()
    expect(warnings).toEqual([['SC404', field, expect.any(String), expect.any(String)]])
  })

  it('takes a numeric order id, a decimal string and a currency in lower case', () => {
    expect(check({ orderId: 5678901234567, value: ' 19.90 ', currency: 'eur' }).result).toEqual({ id: '5678901234567', value: 19.9, currency: 'EUR' })
  })

  it('leaves out an order line with a wrong field (SC405) and keeps the order', () => {
    const { result, warnings } = check({ ...order, items: [{ sku: 'A', quantity: 2.5 }, { url: 'javascript:alert(1)' }, { sku: 'B', quantity: 1, price: 5 }] })
    expect(result?.items).toEqual([{ sku: 'B', quantity: 1, price: 5 }])
    expect(warnings.map((w) => w[0])).toEqual(['SC405', 'SC405'])
  })

  it('reads own fields only: a polluted Object.prototype supplies no order id or currency', () => {
    const proto = Object.prototype as Record<string, unknown>
    let result
    proto.orderId = 'polluted'
    proto.currency = 'EUR'
    try {
      result = check({ value: 1 }).result
    } finally {
      delete proto.orderId
      delete proto.currency
    }
    expect(result).toBeUndefined()
  })
})

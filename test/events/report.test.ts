import { describe, expect, it } from 'vitest'
import type { ShareEvent } from '../../src/types'
import { createRuntime } from '../../src/runtime/create-runtime'
import { createEvent } from '../../src/events/create-event'
import { fakeEnv } from './fake-env'

const click = () => createEvent('share_click', { widget: 'w', channel: 'x', shareId: 'V1StGXR8_Z5jdHi6B-myT' }, Date.now(), 'https://shop.example/p')

/** A page view with the fake network: its runtime and what reached the endpoint. */
const pageView = () => {
  const fake = fakeEnv()
  return { fake, runtime: createRuntime(fake.env) }
}

describe('the runtime reports events', () => {
  it('to on() subscribers even with nowhere to send them, loading no delivery code', async () => {
    const { runtime, fake } = pageView()
    const seen: ShareEvent[] = []
    runtime.on('*', (event) => seen.push(event))
    runtime.report(click())
    expect(seen).toHaveLength(1)
    await runtime.flush()
    expect(fake.posts).toHaveLength(0)
  })

  it('to an endpoint: it loads the delivery code and hands it what waited meanwhile', async () => {
    const { runtime, fake } = pageView()
    runtime.configure({ endpoint: 'https://collector.example/events' })
    const events = [click(), click()]
    events.forEach(runtime.report)
    await runtime.flush()
    expect(fake.sentIds()).toEqual(events.map((e) => e.id))
  })

  it('holding events until consent, then sending them', async () => {
    const { runtime, fake } = pageView()
    runtime.configure({ endpoint: 'https://collector.example/events', consent: 'pending' })
    const event = click()
    runtime.report(event)
    await runtime.flush()
    expect(fake.posts).toHaveLength(0)
    runtime.consent(true)
    await runtime.flush()
    expect(fake.sentIds()).toEqual([event.id])
  })

  it('keeping each window apart: another runtime hears and sends nothing of this one', async () => {
    const a = pageView()
    const b = pageView()
    b.runtime.configure({ endpoint: 'https://collector.example/events' })
    const seen: ShareEvent[] = []
    b.runtime.on('*', (event) => seen.push(event))
    a.runtime.report(click())
    await b.runtime.flush()
    expect(seen).toEqual([])
    expect(b.fake.posts).toEqual([])
  })

  it('pushes to dataLayer the events made while consent was pending, when consent arrives while the delivery code loads', async () => {
    const fake = fakeEnv()
    const win = window as unknown as { dataLayer?: { sharecue: ShareEvent }[] }
    delete win.dataLayer
    const runtime = createRuntime(fake.env)
    runtime.configure({ endpoint: 'https://collector.example/events', dataLayer: true, consent: 'pending' })
    const event = click()
    runtime.report(event)
    runtime.consent(true) // the consent banner answers before sc-delivery.js arrived
    await runtime.flush()
    await new Promise((r) => setTimeout(r, 100))
    await runtime.flush()
    expect(fake.sentIds()).toEqual([event.id])
    const layer: { sharecue: ShareEvent }[] = win.dataLayer ?? []
    expect(layer.map((e) => e.sharecue.id)).toEqual([event.id])
    runtime.destroy()
    delete win.dataLayer
  })

  it('holds the events made after consent was refused while the delivery code loaded, as it does once loaded, and sends them at a later consent', async () => {
    const { runtime, fake } = pageView()
    runtime.configure({ endpoint: 'https://collector.example/events' })
    const before = click()
    runtime.report(before) // the delivery code starts loading
    runtime.consent(false) // the banner says no before sc-delivery.js arrived: this one is dropped
    const after = click()
    runtime.report(after) // made after the refusal: held in memory, never stored or sent
    await runtime.flush()
    expect(fake.posts).toHaveLength(0)
    expect([...fake.storage.map.keys()].filter((key) => key.startsWith('sharecue:'))).toEqual([])
    runtime.consent(true) // the shopper changes their mind in the same page view
    await runtime.flush()
    expect(fake.sentIds()).toEqual([after.id])
    runtime.destroy()
  })

  it('forgetting everything sharecue stored when consent is refused, and nothing else of the page', async () => {
    const { runtime, fake } = pageView()
    const keys = ['sharecue:queue https://collector.example/events', 'sharecue:parent', 'sharecue:orders', 'sharecue:visitor', 'sharecue:asks', 'sharecue:replied', 'sharecue:pause https://collector.example/events']
    for (const key of [...keys, 'shop:cart']) fake.storage.setItem(key, '1')
    runtime.consent(false)
    expect([...fake.storage.map.keys()]).toEqual(['shop:cart'])
  })
})

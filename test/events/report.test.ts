import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ShareEvent } from '../../src/types'
import { fakeEnv } from './fake-env'

const load = async () => {
  vi.resetModules()
  const report = await import('../../src/events/report')
  const { globalConfig } = await import('../../src/config/global-config')
  const { createEvent } = await import('../../src/events/create-event')
  const { on } = await import('../../src/events/hub')
  const { flush } = await import('../../src/events/flush')
  const { consent } = await import('../../src/events/consent')
  return { ...report, globalConfig, createEvent, on, flush, consent }
}
const click = (createEvent: (typeof import('../../src/events/create-event'))['createEvent']) =>
  createEvent('share_click', { channel: 'x' }, Date.now(), 'https://shop.example/p')

afterEach(() => localStorage.clear())

describe('report', () => {
  it('hands events to on() subscribers even with nowhere to send them, and loads no delivery code', async () => {
    const { report, on, createEvent, deliveryLoading } = await load()
    const seen: ShareEvent[] = []
    on('*', (event) => seen.push(event))
    const fake = fakeEnv()
    report(click(createEvent), fake.env, () => {})
    expect(seen).toHaveLength(1)
    expect(deliveryLoading()).toBeUndefined()
  })

  it('loads the delivery code for an endpoint and hands it what waited meanwhile', async () => {
    const { report, createEvent, globalConfig, flush } = await load()
    globalConfig.endpoint = 'https://collector.example/events'
    const fake = fakeEnv()
    const events = [click(createEvent), click(createEvent)]
    events.forEach((event) => report(event, fake.env, () => {}))
    await flush()
    expect(fake.sentIds()).toEqual(events.map((e) => e.id))
  })

  it('holds events until consent, then sends them', async () => {
    const { report, createEvent, globalConfig, flush, consent } = await load()
    globalConfig.endpoint = 'https://collector.example/events'
    globalConfig.consent = false
    const fake = fakeEnv()
    const event = click(createEvent)
    report(event, fake.env, () => {})
    await flush()
    expect(fake.posts).toHaveLength(0)
    consent(true)
    await flush()
    expect(fake.sentIds()).toEqual([event.id])
  })
})

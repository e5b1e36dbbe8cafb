import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createDelivery, type Delivery } from '../../src/events/delivery'
import { createEvent } from '../../src/events/create-event'
import type { GlobalConfig } from '../../src/config/global-config'
import { createWarn } from '../../src/lib/warn'
import type { ShareEvent } from '../../src/types'
import { fakeEnv, MemoryStorage } from './fake-env'

const endpoint = 'https://collector.example/events'
/** The stored queue of `endpoint`. */
const stored = `sharecue:queue ${endpoint}`
const config = (over: Partial<GlobalConfig> = {}): GlobalConfig => ({ endpoint, consent: true, campaign: 'sharecue', dataLayer: false, ...over })
const click = (n = 0): ShareEvent => createEvent('share_click', { channel: 'x', shareId: 'V1StGXR8_Z5jdHi6B-myT', widget: `w${n}` }, Date.now(), 'https://shop.example/p')

const running: Delivery[] = []
const start = (fake: ReturnType<typeof fakeEnv>, cfg = config(), options = {}) => {
  const delivery = createDelivery(fake.env, cfg, createWarn(fake.env), options)
  running.push(delivery)
  return delivery
}
/** Lets timers due within `ms` run, and the promises they start settle. */
const pass = async (ms: number) => { await vi.advanceTimersByTimeAsync(ms) }

beforeEach(() => { vi.useFakeTimers({ now: Date.UTC(2026, 10, 22, 12) }) })
afterEach(() => {
  running.splice(0).forEach((d) => d.stop())
  vi.useRealTimers()
})

describe('delivery', () => {
  it('sends a batch of ten at once, as one contract body of text/plain with keepalive', async () => {
    const fake = fakeEnv()
    const delivery = start(fake)
    const events = Array.from({ length: 10 }, (_, n) => click(n))
    events.forEach(delivery.add)
    await pass(100)
    expect(fake.posts).toHaveLength(1)
    expect(fake.posts[0]!.url).toBe(endpoint)
    expect(fake.posts[0]!.body).toEqual({ v: 1, events })
    expect(fake.posts[0]!.init).toMatchObject({ method: 'POST', keepalive: true, headers: { 'content-type': 'text/plain;charset=UTF-8' } })
  })

  it('follows the configured batch size and wait', async () => {
    const fake = fakeEnv()
    const delivery = start(fake, config({ batchSize: 3, batchWait: 100 }))
    delivery.add(click(1))
    await pass(200)
    expect(fake.posts).toHaveLength(1)
    ;[click(2), click(3), click(4)].forEach(delivery.add)
    await pass(70)
    expect(fake.posts).toHaveLength(2)
  })

  it('sends fewer than ten after two seconds', async () => {
    const fake = fakeEnv()
    const delivery = start(fake)
    delivery.add(click(1))
    delivery.add(click(2))
    await pass(1900)
    expect(fake.posts).toHaveLength(0)
    await pass(200)
    expect(fake.sentIds()).toHaveLength(2)
  })

  it('keeps events through 500s and network errors until a 2xx, with the same ids, backing off', async () => {
    const fake = fakeEnv({ replies: [500, 'error', 503, 204] })
    const delivery = start(fake)
    const event = click()
    delivery.add(event)
    await pass(2100)
    expect(fake.posts).toHaveLength(1)
    await pass(60_000)
    expect(fake.posts).toHaveLength(4)
    expect(new Set(fake.sentIds())).toEqual(new Set([event.id]))
    expect(fake.storage.getItem(stored)).toBeNull()
    // Backoff: each wait at least as long as the one before (random 0.5 → 500, 1000, 2000 ms).
    await pass(60_000)
    expect(fake.posts).toHaveLength(4)
  })

  it('waits as long as Retry-After says after a 429', async () => {
    const fake = fakeEnv({ replies: [[429, { 'Retry-After': '30' }], 200] })
    const delivery = start(fake)
    delivery.add(click())
    await pass(2100)
    await pass(29_000)
    expect(fake.posts).toHaveLength(1)
    await pass(1500)
    expect(fake.posts).toHaveLength(2)
  })

  it('gives up on a request that hangs after ten seconds, and tries again', async () => {
    const fake = fakeEnv({ replies: ['hang', 200] })
    const delivery = start(fake)
    delivery.add(click())
    await pass(2100)
    await pass(10_000)
    await pass(5000)
    expect(fake.posts).toHaveLength(2)
    expect(fake.storage.getItem(stored)).toBeNull()
  })

  it('drops a batch its endpoint refuses with another 4xx, with SC502, and does not retry it', async () => {
    const fake = fakeEnv({ replies: [400] })
    const delivery = start(fake)
    delivery.add(click())
    await pass(2100)
    await pass(600_000)
    expect(fake.posts).toHaveLength(1)
    await vi.waitFor(() => expect(fake.warnings.join()).toContain('SC502'))
    expect(fake.storage.getItem(stored)).toBeNull()
  })

  it('keeps the queue in storage, so the next page sends what this one could not', async () => {
    const storage = new MemoryStorage()
    const first = fakeEnv({ storage, replies: ['error', 'error', 'error'] })
    const page1 = start(first)
    const events = [click(1), click(2), click(3)]
    events.forEach(page1.add)
    await pass(2100)
    window.dispatchEvent(new Event('pagehide')) // the page closes
    page1.stop()
    const second = fakeEnv({ storage })
    start(second)
    await pass(100)
    expect(second.sentIds()).toEqual(events.map((e) => e.id))
    expect(storage.getItem(stored)).toBeNull()
  })

  it('drops the oldest events from a full queue and reports how many in the next body', async () => {
    const fake = fakeEnv({ replies: Array(30).fill('error') })
    const delivery = start(fake, config(), { batchSize: 10_000, batchMs: 3_600_000 })
    for (let n = 0; n < 520; n++) delivery.add(click(n))
    fake.replies.length = 0
    const flushed = delivery.flush()
    await pass(1000)
    await flushed
    expect(fake.posts[0]!.body.dropped).toBe(20)
    expect(fake.sentIds()).toHaveLength(500)
    expect(fake.posts.slice(1).every((post) => post.body.dropped === undefined)).toBe(true)
  })

  it('sends and stores nothing before consent; consent(true) sends what was held', async () => {
    const fake = fakeEnv()
    const cfg = config({ consent: false })
    const delivery = start(fake, cfg)
    const event = click()
    delivery.add(event)
    await pass(10_000)
    expect(fake.posts).toHaveLength(0)
    expect(fake.storage.length).toBe(0)
    delivery.consent(true)
    await pass(2100)
    expect(fake.sentIds()).toEqual([event.id])
  })

  it('drops what was held when consent is refused', async () => {
    const fake = fakeEnv()
    const delivery = start(fake, config({ consent: false }))
    delivery.add(click())
    delivery.consent(false)
    delivery.consent(true)
    await pass(10_000)
    expect(fake.posts).toHaveLength(0)
  })

  it('stores nothing under Global Privacy Control, and still sends', async () => {
    const fake = fakeEnv({ gpc: true })
    const delivery = start(fake)
    delivery.add(click())
    expect(fake.storage.length).toBe(0)
    await pass(2100)
    expect(fake.posts).toHaveLength(1)
  })

  it('falls back to memory with one SC501 warning when storage refuses, and still sends', async () => {
    const fake = fakeEnv()
    fake.storage.refuse = true
    const delivery = start(fake)
    delivery.add(click(1))
    delivery.add(click(2))
    await pass(2100)
    expect(fake.sentIds()).toHaveLength(2)
    await vi.waitFor(() => expect(fake.warnings.filter((w) => w.includes('SC501'))).toHaveLength(1))
  })

  it('lets one tab at a time send the shared queue: no event is sent twice at once', async () => {
    const storage = new MemoryStorage()
    const a = fakeEnv({ storage })
    const b = fakeEnv({ storage })
    const tabA = start(a)
    const tabB = start(b)
    for (let n = 0; n < 6; n++) (n % 2 ? tabA : tabB).add(click(n))
    const both = Promise.all([tabA.flush(), tabB.flush()])
    await pass(20_000)
    await both
    const all = [...a.sentIds(), ...b.sentIds()]
    expect(all).toHaveLength(6)
    expect(new Set(all).size).toBe(6)
    expect(storage.getItem(stored)).toBeNull()
  })

  it('sends what is queued by beacon when the page is hidden, and keeps it until answered', async () => {
    const fake = fakeEnv({ replies: ['error'] })
    const delivery = start(fake, config(), { batchMs: 60_000 })
    const event = click()
    delivery.add(event)
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
    window.dispatchEvent(new Event('pagehide'))
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true })
    expect(fake.beacons).toHaveLength(1)
    expect(fake.beacons[0]!.body.events.map((e) => e.id)).toEqual([event.id])
    expect(fake.storage.getItem(stored)).toContain(event.id)
  })

  it('falls back to a keepalive fetch when the browser refuses the beacon', async () => {
    const fake = fakeEnv({ beacon: false })
    const delivery = start(fake, config(), { batchMs: 60_000 })
    delivery.add(click())
    window.dispatchEvent(new Event('pagehide'))
    expect(fake.posts).toHaveLength(1)
    expect(fake.posts[0]!.init).toMatchObject({ keepalive: true })
  })

  it('pushes each event to window.dataLayer when asked, after consent', async () => {
    const fake = fakeEnv()
    const win = window as unknown as { dataLayer?: unknown[] }
    delete win.dataLayer
    const delivery = start(fake, config({ endpoint: undefined, dataLayer: true }))
    const event = click()
    delivery.add(event)
    expect(win.dataLayer).toEqual([{ event: 'sharecue_share_click', sharecue: event }])
    delete win.dataLayer
  })

  it('hands each batch to a transport function once', async () => {
    const fake = fakeEnv()
    const batches: ShareEvent[][] = []
    const delivery = start(fake, config({ endpoint: undefined, transport: (events) => { batches.push(events) } }))
    const events = [click(1), click(2)]
    events.forEach(delivery.add)
    await pass(2100)
    await pass(10)
    expect(batches).toEqual([events])
  })

  it('sends events made while a batch is in flight without waiting for another event', async () => {
    const fake = fakeEnv()
    const delivery = start(fake)
    const first = Array.from({ length: 10 }, (_, n) => click(n))
    first.forEach(delivery.add)
    await pass(30) // the first batch is claimed and in flight
    const later = [click(20), click(21)]
    later.forEach(delivery.add)
    await pass(5000)
    expect(fake.sentIds()).toEqual([...first, ...later].map((e) => e.id))
  })

  it('flush() during a send settles once what was queued meanwhile is sent too', async () => {
    const fake = fakeEnv()
    const delivery = start(fake)
    delivery.add(click(1))
    const firstFlush = delivery.flush()
    await pass(10)
    const late = click(2)
    delivery.add(late)
    const secondFlush = delivery.flush()
    await pass(200)
    await Promise.all([firstFlush, secondFlush])
    expect(fake.sentIds()).toContain(late.id)
  })

  it('flush() sends at once and settles when done', async () => {
    const fake = fakeEnv()
    const delivery = start(fake)
    delivery.add(click())
    const flushed = delivery.flush()
    await pass(100)
    await flushed
    expect(fake.posts).toHaveLength(1)
  })
})

describe('delivery, when the way is not straight', () => {
  beforeEach(() => { vi.useFakeTimers({ now: Date.UTC(2026, 10, 22, 12) }) })
  afterEach(() => {
    running.splice(0).forEach((d) => d.stop())
    vi.useRealTimers()
  })

  it('consent granted on a later visit sends the queue an earlier visit stored, without waiting for a new event', async () => {
    const storage = new MemoryStorage()
    const earlier = [click(1), click(2)]
    storage.setItem('sharecue:queue', JSON.stringify({ events: earlier, dropped: 0 }))
    const fake = fakeEnv({ storage })
    const delivery = start(fake, config({ consent: false }))
    await pass(5000)
    expect(fake.posts).toHaveLength(0) // pending: nothing sent
    delivery.consent(true)
    await pass(60_000)
    expect(fake.sentIds()).toEqual(earlier.map((e) => e.id))
  })

  it('honours Retry-After even when an event is added while the refused request is in flight', async () => {
    const fake = fakeEnv({ replies: [[429, { 'Retry-After': '60' }], 200, 200] })
    const delivery = start(fake)
    delivery.add(click(1))
    await pass(2010) // the batch timer fired: the send claims the queue (20–60 ms) and posts
    delivery.add(click(2)) // made while that request is under way
    await pass(100)
    expect(fake.posts).toHaveLength(1) // answered 429, Retry-After: 60
    await pass(50_000)
    expect(fake.posts).toHaveLength(1) // nothing before the 60 s are over
    await pass(15_000)
    expect(fake.posts).toHaveLength(2)
  })

  it('does not spin while another tab holds the queue claim', async () => {
    const storage = new MemoryStorage()
    const fake = fakeEnv({ storage })
    // Another tab's live claim, for the next 15 s.
    storage.setItem(`sharecue:lock ${endpoint}`, `othertab00 ${Date.now() + 15_000}`)
    const timers = vi.spyOn(fake.env, 'setTimeout')
    const delivery = start(fake)
    for (let n = 0; n < 10; n++) delivery.add(click(n))
    await pass(5000)
    expect(fake.posts).toHaveLength(0)
    // A few timers at most, not one every few ms.
    expect(timers.mock.calls.length).toBeLessThan(50)
    await pass(11_000) // the other tab's claim ran out without it sending: this tab sends
    expect(fake.sentIds()).toHaveLength(10)
  })
  it('sends although a claim on the queue ends far ahead, as one written before the clock was set back does', async () => {
    const storage = new MemoryStorage()
    const fake = fakeEnv({ storage })
    // A tab that closed without releasing its claim, made when the clock was an hour ahead.
    storage.setItem(`sharecue:lock ${endpoint}`, `othertab00 ${Date.now() + 3600_000}`)
    const delivery = start(fake)
    delivery.add(click(1))
    await pass(60_000)
    expect(fake.sentIds()).toHaveLength(1)
  })

  it('sends a stored queue whose count of dropped events is not a whole number, in a body a collector can read', async () => {
    const storage = new MemoryStorage()
    const event = click(1)
    // 1e999 is read as Infinity, which `${dropped}` would write into the body as it is.
    storage.setItem(stored, `{"events":[${JSON.stringify(event)}],"dropped":1e999}`)
    const fake = fakeEnv({ storage })
    start(fake)
    await pass(5000)
    expect(fake.sentIds()).toEqual([event.id])
  })

  it('sends an event only to the endpoint it was made for, even when a page of the same site with another endpoint finds it queued', async () => {
    const storage = new MemoryStorage()
    const a = fakeEnv({ storage, replies: ['error', 'error', 'error', 'error'] })
    const b = fakeEnv({ storage })
    const shopA = start(a, config({ endpoint: 'https://a.example/events' }))
    const event = click(1)
    shopA.add(event)
    await pass(2100) // shop A's collector is unreachable: the event stays queued
    start(b, config({ endpoint: 'https://b.example/events' })) // another page of the site, another merchant's collector
    await pass(3000)
    expect(b.posts.filter((post) => post.body.events.some((e) => e.id === event.id))).toEqual([])
  })

  it('sends what an earlier version stored for the whole site to this page\'s endpoint, and keeps it under that endpoint', async () => {
    const storage = new MemoryStorage()
    const earlier = [click(1)]
    storage.setItem('sharecue:queue', JSON.stringify({ events: earlier, dropped: 2 }))
    const fake = fakeEnv({ storage, replies: ['error', 'error', 'error'] })
    start(fake)
    expect(storage.getItem('sharecue:queue')).toBeNull()
    expect(JSON.parse(storage.getItem(stored)!)).toEqual({ events: earlier, dropped: 2 })
  })

  it('sends nothing once consent is refused, even when the refusal comes while the send claims the queue', async () => {
    const fake = fakeEnv()
    const delivery = start(fake)
    for (let n = 0; n < 10; n++) delivery.add(click(n)) // a full batch: the send starts at once
    await pass(5) // it claims the queue (20–60 ms)...
    delivery.consent(false) // ...when the visitor refuses
    await pass(60_000)
    expect(fake.posts).toEqual([])
  })

  it('forgets the stored queues of every endpoint when consent is refused', async () => {
    const storage = new MemoryStorage()
    storage.setItem('sharecue:queue https://other.example/events', JSON.stringify({ events: [click(1)], dropped: 0 }))
    const fake = fakeEnv({ storage, replies: ['error', 'error', 'error'] })
    const delivery = start(fake)
    delivery.add(click(2))
    expect(storage.getItem(stored)).not.toBeNull()
    delivery.consent(false)
    expect([storage.getItem(stored), storage.getItem('sharecue:queue https://other.example/events')]).toEqual([null, null])
  })

  it('keeps a Retry-After pause for the site\'s later page views: none sends before it is over, by request or by beacon, and then one does', async () => {
    const storage = new MemoryStorage()
    const first = fakeEnv({ storage, replies: [[503, { 'Retry-After': '600' }]] })
    const page = start(first)
    page.add(click(1))
    await pass(2100)
    expect(first.posts).toHaveLength(1) // answered 503, Retry-After: 600
    page.stop()
    // The visitor opens another page of the site a minute later, and leaves it.
    await pass(60_000)
    const next = fakeEnv({ storage })
    const second = start(next)
    await pass(5000)
    window.dispatchEvent(new Event('pagehide'))
    second.stop()
    expect([next.posts.length, next.beacons.length]).toEqual([0, 0])
    // A third page view once the ten minutes are over sends, and the pause is forgotten.
    await pass(600_000)
    const later = fakeEnv({ storage })
    start(later)
    await pass(100)
    expect(later.sentIds()).toHaveLength(1)
    expect([...storage.map.keys()].filter((key) => key.startsWith('sharecue:pause'))).toEqual([])
  })

  it('gives up on a request after 10 s even where the page\'s fetch drops the abort signal, and sends again', async () => {
    const fake = fakeEnv({ replies: ['deaf', 200] })
    const delivery = start(fake)
    const event = click(1)
    delivery.add(event)
    await pass(2100)
    expect(fake.posts).toHaveLength(1) // no answer, ever
    await pass(12_000)
    expect(fake.sentIds()).toEqual([event.id, event.id])
    await expect(delivery.flush()).resolves.toBeUndefined()
  })
})

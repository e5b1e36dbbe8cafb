// Page hide: what is still queued goes by sendBeacon (a text/plain POST, mode no-cors) and
// stays queued, so the next page sends it again and the collector drops the duplicates by id.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useBrowser, waitForWidget } from './harness.js'
import {
  burst, clickChannel, collectEvents, diagnose, eventsPage, openWithCollector, pageEvents, poll,
  startEventsCollector, storedQueue,
} from './pages/events-kit.js'

const h = useBrowser()
const PATH = '/inline/events-beacon.html'
const NEXT = '/inline/events-beacon-next.html'
const PLAIN = '/inline/events-beacon-plain.html'
const WIDGETS = [
  { id: 'w-1', channels: ['telegram', 'x'], url: 'https://shop.example/p/field-lantern', title: 'Field Lantern' },
  { id: 'w-2', channels: ['whatsapp', 'x'], url: 'https://shop.example/p/trail-shoe', title: 'Trail Shoe' },
]

/**
 * Opens the page with the collector failing: first 500 (a retry follows within a second), then
 * a request it never answers, which holds every later send of the page for its 10 s, so the
 * widget sends nothing more during the test and its events stay queued; then the collector
 * recovers, and only a beacon can bring them. (Not a 429 with Retry-After: the widget honours
 * that pause at page hide and in the site's later page views too.) Returns the events made.
 */
const queueWhileFailing = async (c, s) => {
  for (const { id } of WIDGETS) await waitForWidget(s.page, `#${id}`, { session: s })
  await clickChannel(s.page, '#w-1', 'telegram')
  await burst(s.page, '#w-2', 'whatsapp', 2)
  await burst(s.page, '#w-2', 'x', 1)
  await s.page.waitForFunction(() => window.__events.filter((e) => e.type === 'widget_view').length === 2)
  await s.page.evaluate(() => window.ShareCue.flush()) // 500
  c.collector.setFaults({ mode: 'hang' })
  const asked = c.collector.counts.requests
  await s.page.evaluate(() => void window.ShareCue.flush()) // never answered
  await poll(() => c.collector.counts.requests > asked, { timeout: 5000, message: 'the request the collector holds' })
  assert.equal(c.collector.counts.faulted, c.collector.counts.requests)
  assert.ok(c.collector.counts.faulted >= 2, `the collector failed ${c.collector.counts.faulted} requests`)
  const made = await pageEvents(s.page)
  assert.equal(made.length, 6)
  assert.deepEqual((await storedQueue(s.page))?.events?.map((e) => e.id), made.map((e) => e.id), 'everything is queued')
  assert.deepEqual(c.rows(), [])
  c.collector.setFaults({ mode: 'none' })
  return made
}

/** The POSTs after `from` that were beacons: text/plain, no-cors (a fetch() of the widget is cors). */
const beaconsSince = (c, from) => c.posts.slice(from).filter((p) => p.contentType === 'text/plain;charset=UTF-8' && p.fetchMode === 'no-cors')

test('closing the page sends the queued events by beacon; the next page sends them again and the database still holds each once', async (t) => {
  const c = await startEventsCollector(h, t, { faults: { mode: '500' } })
  const s = await openWithCollector(h, c, PATH, { html: eventsPage({ endpoint: c.endpoint, widgets: WIDGETS }), initScript: collectEvents })
  const made = await queueWhileFailing(c, s)
  const before = c.posts.length

  await s.page.close({ runBeforeUnload: true })
  const rows = await c.waitForRows((r) => r.length === made.length, { what: 'the queued events, by beacon' })
  assert.deepEqual(rows.map((r) => r.id).sort(), made.map((e) => e.id).sort())
  const sent = c.posts.slice(before)
  assert.equal(beaconsSince(c, before).length, sent.length, `every request at close was a beacon: ${JSON.stringify(sent)}`)
  assert.equal(sent.length, 1, 'six events, one beacon')
  assert.equal(sent[0].origin, h.server.origin)

  // The next page of the site: the queue is still there (a beacon's answer is never seen), so
  // it goes again; the collector drops it as duplicates.
  const next = await s.context.newPage()
  h.server.page(NEXT, eventsPage({ endpoint: c.endpoint, widgets: [WIDGETS[0]] }))
  await next.goto(h.url(NEXT))
  await waitForWidget(next, '#w-1', { session: s })
  await poll(async () => (await storedQueue(next)) === null && c.collector.counts.duplicates === made.length, {
    message: async () => `the next page to resend the queue (counts ${JSON.stringify(c.collector.counts)}); ${await diagnose(s, next)}`,
  })
  await next.evaluate(() => window.ShareCue.flush())
  const mine = await pageEvents(next)
  const all = await c.waitForRows((r) => r.length === made.length + mine.length, { what: 'the next page\'s own widget_view' })
  assert.deepEqual(all.map((r) => r.id).sort(), [...made, ...mine].map((e) => e.id).sort(), 'each event exactly once')
  assert.equal(c.collector.counts.duplicates, made.length, 'the resent events were recognised by id')
  s.assertNoPageErrors()
})

test('navigating away sends the queued events by beacon; they stay queued through a page without the widget and are deduplicated when the widget resends them', async (t) => {
  const c = await startEventsCollector(h, t, { faults: { mode: '500' } })
  const s = await openWithCollector(h, c, PATH, { html: eventsPage({ endpoint: c.endpoint, widgets: WIDGETS }), initScript: collectEvents })
  const made = await queueWhileFailing(c, s)
  const before = c.posts.length

  // A page of the same site without sharecue.
  h.server.page(PLAIN, '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>About us</title></head><body><p>No widget here.</p></body></html>')
  await s.page.goto(h.url(PLAIN))
  const rows = await c.waitForRows((r) => r.length === made.length, { what: 'the queued events, by beacon at navigation' })
  assert.deepEqual(rows.map((r) => r.id).sort(), made.map((e) => e.id).sort())
  assert.equal(beaconsSince(c, before).length, c.posts.length - before, `requests at navigation: ${JSON.stringify(c.posts.slice(before))}`)
  const kept = await storedQueue(s.page)
  assert.deepEqual(kept?.events?.map((e) => e.id), made.map((e) => e.id), 'the beacon\'s events stay queued')

  await s.page.goto(h.url(PATH))
  await waitForWidget(s.page, '#w-1', { session: s })
  await poll(async () => (await storedQueue(s.page)) === null && c.collector.counts.duplicates === made.length, {
    message: async () => `the page to resend the queue (counts ${JSON.stringify(c.collector.counts)}); ${await diagnose(s)}`,
  })
  await s.page.evaluate(() => window.ShareCue.flush())
  const mine = await pageEvents(s.page)
  const all = await c.waitForRows((r) => r.length === made.length + mine.length, { what: 'the new page view\'s events' })
  assert.deepEqual(all.map((r) => r.id).sort(), [...made, ...mine].map((e) => e.id).sort(), 'each event exactly once')
  s.assertNoPageErrors()
})

test('a 429 with Retry-After: 60 holds for the site: no beacon when the page closes, and the next page of the site sends nothing before the minute is over', async (t) => {
  const c = await startEventsCollector(h, t, { faults: { mode: '429', retryAfter: 60 } })
  const s = await openWithCollector(h, c, PATH, { html: eventsPage({ endpoint: c.endpoint, widgets: WIDGETS }), initScript: collectEvents })
  for (const { id } of WIDGETS) await waitForWidget(s.page, `#${id}`, { session: s })
  await clickChannel(s.page, '#w-1', 'telegram')
  await s.page.evaluate(() => window.ShareCue.flush()) // 429, Retry-After: 60
  const made = await pageEvents(s.page)
  assert.deepEqual((await storedQueue(s.page))?.events?.map((e) => e.id), made.map((e) => e.id), 'everything is queued')
  c.collector.setFaults({ mode: 'none' })
  const asked = c.collector.counts.requests
  await s.page.close({ runBeforeUnload: true })
  const next = await s.context.newPage()
  h.server.page(NEXT, eventsPage({ endpoint: c.endpoint, widgets: [WIDGETS[0]] }))
  await next.goto(h.url(NEXT))
  await waitForWidget(next, '#w-1', { session: s })
  await new Promise((done) => setTimeout(done, 2000))
  assert.equal(c.collector.counts.requests, asked, 'no request to the collector within its minute: no beacon, no send from the next page')
  const kept = await storedQueue(next)
  assert.ok(made.every((e) => kept?.events?.some((k) => k.id === e.id)), 'what the first page queued waits in the stored queue')
})

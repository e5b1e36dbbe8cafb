// Offline (context.setOffline): events wait in the localStorage queue and reach the collector
// exactly once, from a later page of the same site, or from the same page once back online.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { sleep, useBrowser, waitForWidget } from './harness.js'
import {
  burst, clickChannel, collectEvents, diagnose, duplicates, eventsPage, openWithCollector, pageEvents, poll,
  startEventsCollector, storedQueue,
} from './pages/events-kit.js'

const h = useBrowser()
const FIRST = '/inline/events-offline-a.html'
const SECOND = '/inline/events-offline-b.html'
const LANTERN = { url: 'https://shop.example/p/field-lantern', title: 'Field Lantern' }

/** Failed requests to the collector, as the browser saw them. */
const watchFailures = (s, c) => {
  const failed = []
  s.context.on('requestfailed', (request) => {
    if (request.url().startsWith(c.origin)) failed.push({ url: request.url(), error: request.failure()?.errorText, time: Date.now() })
  })
  return failed
}

test('offline: clicks are queued in localStorage and nothing reaches the collector; a later page of the same site, online, sends them exactly once and the queue empties', async (t) => {
  const c = await startEventsCollector(h, t)
  const html = eventsPage({ endpoint: c.endpoint, widgets: [{ id: 'w-a', channels: ['telegram', 'x', 'whatsapp'], ...LANTERN }] })
  const s = await openWithCollector(h, c, FIRST, { html, initScript: collectEvents })
  const failed = watchFailures(s, c)
  await waitForWidget(s.page, '#w-a', { session: s })
  await s.page.waitForFunction(() => window.__events.length === 1) // widget_view

  await s.context.setOffline(true)
  await clickChannel(s.page, '#w-a', 'telegram')
  await clickChannel(s.page, '#w-a', 'x')
  await burst(s.page, '#w-a', 'whatsapp', 1)
  // Send now: the request fails (no network) and everything stays queued.
  await s.page.evaluate(() => window.ShareCue.flush())
  const made = await pageEvents(s.page)
  assert.equal(made.length, 4)
  // The browser reports the failed request to the test a moment after the page saw it fail.
  await poll(() => failed.length >= 1, { timeout: 3000, message: 'the failed request' }).catch(() => {})
  assert.ok(failed.length >= 1 && failed.every((f) => f.error === 'net::ERR_INTERNET_DISCONNECTED'), `failed requests: ${JSON.stringify(failed)}`)
  const queue = await storedQueue(s.page)
  assert.deepEqual(queue?.events?.map((e) => e.id), made.map((e) => e.id), 'the stored queue holds every event, in order')
  assert.deepEqual(queue.events, made, 'queued exactly as made (same ids, same fields)')
  assert.equal(c.collector.counts.requests, 0, 'nothing reached the collector')
  assert.deepEqual(c.rows(), [])

  // The page closes while the network is still down. Chromium's offline emulation belongs to
  // the page and does not cover the beacon the closing page sends (nor does page routing), so
  // the collector cuts that request off instead, as a dead network would.
  c.collector.setFaults({ mode: 'drop' })
  await s.page.close()
  await poll(() => c.collector.counts.requests > 0, { timeout: 2000, message: 'the closing page\'s beacon' }).catch(() => {})
  // …and nothing more comes (the browser may try a cut request once more) before it is up again.
  let seen = -1
  await poll(async () => {
    const now = c.collector.counts.requests
    if (now === seen) return true
    seen = now
    await sleep(300)
    return false
  }, { timeout: 3000, message: 'the collector to be quiet' })
  assert.equal(c.collector.counts.faulted, c.collector.counts.requests, 'every request of the closing page was cut off')
  assert.deepEqual(c.rows(), [], 'nothing stored while the network was down')
  c.collector.setFaults({ mode: 'none' })

  // Another page of the same site, online: it sends what the first page queued.
  await s.context.setOffline(false)
  const next = await s.context.newPage()
  h.server.page(SECOND, eventsPage({ endpoint: c.endpoint, widgets: [{ id: 'w-b', channels: ['copy'], ...LANTERN }] }))
  await next.goto(h.url(SECOND))
  await waitForWidget(next, '#w-b', { session: s })
  const rows = await c.waitForRows((r) => made.every((e) => r.some((row) => row.id === e.id)), {
    what: async () => `the ${made.length} queued events from the next page; ${await diagnose(s, next)}`,
  })
  await poll(async () => (await storedQueue(next)) === null && c.rows().length === made.length + 1, {
    message: async () => `the queue to empty and the new page's widget_view to arrive; ${await diagnose(s, next)}`,
  })
  const all = c.rows()
  const mine = await pageEvents(next)
  assert.deepEqual(mine.map((e) => `${e.type} ${e.widget}`), ['widget_view w-b'])
  assert.deepEqual(all.map((r) => r.id).sort(), [...made, ...mine].map((e) => e.id).sort(), 'every event of both pages, and nothing else')
  assert.deepEqual(duplicates(all.map((r) => r.id)), [])
  assert.equal(c.collector.counts.duplicates, 0, 'nothing arrived twice')
  // The first page's events keep their page address.
  assert.ok(rows.filter((r) => made.some((e) => e.id === r.id)).every((r) => r.page === h.url(FIRST)))
  s.assertNoPageErrors()
})

test('offline then online in the same page: the widget\'s retries deliver the queued events, once', async (t) => {
  const c = await startEventsCollector(h, t)
  const html = eventsPage({ endpoint: c.endpoint, widgets: [{ id: 'w-a', channels: ['telegram', 'x'], ...LANTERN }] })
  const s = await openWithCollector(h, c, FIRST, { html, initScript: collectEvents })
  const failed = watchFailures(s, c)
  await waitForWidget(s.page, '#w-a', { session: s })
  await s.page.waitForFunction(() => window.__events.length === 1)

  await s.context.setOffline(true)
  await burst(s.page, '#w-a', 'telegram', 2)
  await burst(s.page, '#w-a', 'x', 1)
  // The first attempt (by flush) fails; the widget schedules a retry with backoff.
  await s.page.evaluate(() => window.ShareCue.flush())
  assert.equal(failed.length, 1, 'one failed attempt')
  const made = await pageEvents(s.page)
  assert.equal((await storedQueue(s.page))?.events?.length, made.length)
  assert.equal(c.collector.counts.requests, 0)

  await s.context.setOffline(false)
  const onlineAt = performance.now()
  // No flush: the retry timer (250 to 1000 ms after the first failure) sends them.
  await c.waitForRows((r) => r.length === made.length, { timeout: 5000, what: async () => `the queued events, retried; ${await diagnose(s)}` })
  assert.ok(performance.now() - onlineAt < 2500, 'delivered by the first retries')
  assert.deepEqual(c.rows().map((r) => r.id).sort(), made.map((e) => e.id).sort())
  await poll(async () => (await storedQueue(s.page)) === null, { message: 'the queue to empty' })
  assert.equal(c.collector.counts.duplicates, 0)
  s.assertNoPageErrors()
})

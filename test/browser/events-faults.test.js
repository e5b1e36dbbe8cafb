// Delivery through a misbehaving collector (its fault mode, for tests only): answers 500,
// 429 with Retry-After, dropped connections and one request that hangs past the widget's
// 10 s time-out. Afterwards the database holds every event the page made, exactly once.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createFaults } from '../../collector/faults.js'
import { useBrowser, waitForWidget } from './harness.js'
import {
  burst, clickChannel, collectEvents, countBy, diagnose, duplicates, eventsPage, openWithCollector,
  pageEvents, poll, startEventsCollector, storedQueue,
} from './pages/events-kit.js'

const h = useBrowser()
const PATH = '/inline/events-faults.html'
const WIDGETS = [
  { id: 'w-1', channels: ['copy', 'telegram', 'x'], url: 'https://shop.example/p/field-lantern', title: 'Field Lantern' },
  { id: 'w-2', channels: ['telegram', 'whatsapp'], url: 'https://shop.example/p/trail-shoe', title: 'Trail Shoe' },
  { id: 'w-3', channels: ['x', 'copy'], url: 'https://shop.example/p/rain-jacket', title: 'Rain Jacket' },
]

/**
 * A seed for `mixed` whose sequence starts `500 ok 429 drop ok 429 …` and plays no `hang` in
 * its first 76 requests (checked below with the collector's own PRNG), so the test is fast
 * and repeatable; the hang has its own test.
 */
const MIXED = { mode: 'mixed', seed: 61197 }
const played = (options, requests) => {
  const faults = createFaults(options)
  return Array.from({ length: requests }, () => faults.next() ?? 'ok')
}

const open = async (c) => {
  const html = eventsPage({ endpoint: c.endpoint, widgets: WIDGETS })
  const s = await openWithCollector(h, c, PATH, { html, initScript: collectEvents, permissions: ['clipboard-read', 'clipboard-write'] })
  for (const { id } of WIDGETS) await waitForWidget(s.page, `#${id}`, { session: s })
  return s
}

/** The stored ids equal the page's ids, each once; returns the rows. */
const assertExactlyOnce = async (c, s) => {
  const made = await pageEvents(s.page)
  assert.deepEqual(duplicates(made.map((e) => e.id)), [], 'the page made each id once')
  const rows = c.rows()
  assert.deepEqual(rows.map((r) => r.id).sort(), made.map((e) => e.id).sort(), 'the stored ids are exactly the ids the page made')
  assert.equal(c.collector.counts.stored, made.length, 'each event stored once (counts.stored)')
  return rows
}

test('mixed faults (500, 429, dropped connections) on about half the requests: after 12 clicks across three widgets and flush(), the database holds every event exactly once', async (t) => {
  assert.equal(played(MIXED, 76).includes('hang'), false, 'the seed plays no hang in its first 76 requests')
  const c = await startEventsCollector(h, t, { faults: MIXED })
  const s = await open(c)
  await s.page.waitForFunction(() => window.__events.filter((e) => e.type === 'widget_view').length === 3)

  // Four rounds of three shares, each followed by a flush() (which sends now, whatever the
  // backoff timer says), through whatever the collector answers.
  const rounds = [['w-1', 'copy'], ['w-2', 'telegram'], ['w-3', 'x'], ['w-1', 'x'], ['w-2', 'whatsapp'], ['w-3', 'copy'],
    ['w-1', 'telegram'], ['w-2', 'telegram'], ['w-3', 'x'], ['w-1', 'copy'], ['w-2', 'whatsapp'], ['w-3', 'copy']]
  for (let i = 0; i < rounds.length; i++) {
    const [widget, channel] = rounds[i]
    await clickChannel(s.page, `#${widget}`, channel)
    if (i % 3 === 2) await s.page.evaluate(() => window.ShareCue.flush())
  }
  const copies = rounds.filter(([, channel]) => channel === 'copy').length
  await s.page.waitForFunction((n) => window.__events.filter((e) => e.type === 'share_complete').length === n, copies)
  const made = await pageEvents(s.page)
  assert.deepEqual(countBy(made, (e) => e.type), { widget_view: 3, share_click: 12, share_complete: copies })

  // Flush until everything is stored (each flush is one more request through the faults).
  const ids = new Set(made.map((e) => e.id))
  await poll(async () => {
    if (c.rows().filter((r) => ids.has(r.id)).length === ids.size) return true
    await s.page.evaluate(() => window.ShareCue.flush())
    return false
  }, { timeout: 10_000, message: async () => `all ${ids.size} events stored; ${c.rows().length} are; counts ${JSON.stringify(c.collector.counts)}; ${await diagnose(s)}` })
  await poll(async () => (await storedQueue(s.page)) === null, { message: 'the page\'s queue to empty' })

  await assertExactlyOnce(c, s)
  const { requests, faulted, duplicates: dup } = c.collector.counts
  const sequence = played(MIXED, requests)
  assert.ok(faulted > 0, 'faults happened')
  assert.equal(faulted, sequence.filter((f) => f !== 'ok').length, `faulted = the faults the seeded sequence played: ${sequence.join(' ')}`)
  for (const kind of ['500', '429', 'drop']) assert.ok(sequence.includes(kind), `a ${kind} was played: ${sequence.join(' ')}`)
  // Every fault strikes before anything is stored, so no event was stored and then sent again.
  assert.equal(dup, 0, 'no event reached the database twice')
  s.assertNoPageErrors()
})

test('500, then 429 with Retry-After: 2, then a dropped connection: the widget\'s own timers retry (no flush), wait out Retry-After, and the events are stored once', async (t) => {
  const c = await startEventsCollector(h, t, { faults: { mode: '500' } })
  const s = await open(c)
  await burst(s.page, '#w-2', 'telegram', 2)
  await burst(s.page, '#w-3', 'x', 1)
  const made = await pageEvents(s.page)
  assert.equal(made.length, 6) // three views, three clicks

  /** Waits for the next POST and what it was answered, then switches the collector to `next`. */
  const step = async (n, next) => {
    await poll(() => c.posts.length >= n && c.collector.counts.faulted >= n, {
      interval: 5, timeout: 8000, message: async () => `request ${n} (${c.posts.length} so far, counts ${JSON.stringify(c.collector.counts)}); ${await diagnose(s)}`,
    })
    c.collector.setFaults(next)
  }
  await step(1, { mode: '429', retryAfter: 2 }) // the first batch, after 2 s: 500
  await step(2, { mode: 'drop' }) // its retry: 429, Retry-After: 2
  await step(3, { mode: 'none' }) // the next retry: the connection is cut
  const rows = await c.waitForRows((r) => r.length === made.length, { timeout: 8000, what: async () => `the ${made.length} events after the faults; ${await diagnose(s)}` })
  assert.equal(rows.length, made.length)
  await assertExactlyOnce(c, s)

  const times = c.posts.map((p) => p.at)
  const gaps = times.slice(1).map((time, i) => time - times[i])
  assert.ok(gaps[0] >= 200 && gaps[0] < 1500, `first retry ${gaps[0]} ms after the 500 (backoff: 250 to 1000 ms)`)
  assert.ok(gaps[1] >= 1950, `second retry ${gaps[1]} ms after the 429 with Retry-After: 2 (at least 2000 ms)`)
  assert.equal(c.collector.counts.duplicates, 0)
  assert.equal(await storedQueue(s.page), null)
  s.assertNoPageErrors()
})

test('a request the collector never answers is given up after 10 s and retried; its events are stored once', async (t) => {
  const c = await startEventsCollector(h, t, { faults: { mode: 'hang' } })
  const s = await open(c)
  await burst(s.page, '#w-1', 'telegram', 1)
  const made = await pageEvents(s.page)
  // Sends now; the request hangs (the flush settles only after the time-out, so not awaited).
  await s.page.evaluate(() => { window.ShareCue.flush() })
  await poll(() => c.collector.counts.faulted === 1, { interval: 5, message: 'the request to hang' })
  const hungAt = performance.now()
  c.collector.setFaults({ mode: 'none' })

  const rows = await c.waitForRows((r) => r.length === made.length, { timeout: 13_000, what: async () => `the events, retried after the time-out; ${await diagnose(s)}` })
  assert.equal(rows.length, made.length)
  const retry = c.posts[1]
  assert.ok(retry, 'a second request')
  assert.equal(c.posts.length, 2, 'nothing was sent while the first request hung')
  const after = retry.at - hungAt
  assert.ok(after >= 9900 && after < 12_000, `retried ${after} ms after the request was sent (time-out 10 s, then 250 to 1000 ms backoff)`)
  await assertExactlyOnce(c, s)
  assert.equal(await storedQueue(s.page), null)
  s.assertNoPageErrors()
})

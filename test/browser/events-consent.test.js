// Consent (contract §7: no event is sent or stored before consent) and Global Privacy Control
// (nothing is persisted), against the real collector.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useBrowser, sleep, waitForWidget } from './harness.js'
import {
  burst, clickChannel, collectEvents, countBy, diagnose, eventsPage, openWithCollector, pageEvents, poll,
  sharecueKeys, startEventsCollector, storedQueue,
} from './pages/events-kit.js'

const h = useBrowser()
const PATH = '/inline/events-consent.html'
const OTHER = '/inline/events-consent-other.html'
const SCID = 'V1StGXR8_Z5jdHi6B-myT'
const WIDGETS = [
  { id: 'w-1', channels: ['telegram', 'x'], url: 'https://shop.example/p/field-lantern', title: 'Field Lantern' },
  { id: 'w-2', channels: ['whatsapp', 'x'], url: 'https://shop.example/p/trail-shoe', title: 'Trail Shoe' },
]

/** Records every localStorage write of a `sharecue:` key, however brief (a lock taken and released). */
const recordStorage = () => {
  window.__writes = []
  const setItem = Storage.prototype.setItem
  Storage.prototype.setItem = function (key, value) {
    if (String(key).startsWith('sharecue:')) window.__writes.push(String(key))
    return setItem.call(this, key, value)
  }
}
const defineGpc = () => {
  Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true })
}
const script = (...fns) => fns.map((fn) => `(${fn})();`).join('\n')

const writes = (page) => page.evaluate(() => window.__writes)

/** Nothing of the session's reached the collector: no request at all, from any page. */
const assertNothingSent = (s, c, when) => {
  assert.deepEqual(s.requests.filter((r) => r.url.startsWith(c.origin)).map((r) => `${r.method} ${r.url}`), [], `${when}: requests to the collector`)
  assert.equal(c.collector.counts.requests, 0, `${when}: POSTs the collector received`)
  assert.deepEqual(c.rows(), [], `${when}: rows`)
}

/** Past the batch time (2 s), then a flush(): whatever could go would have gone. */
const waitPastBatchAndFlush = async (s) => {
  await sleep(2300)
  await s.page.evaluate(() => window.ShareCue.flush())
}

test('data-consent="pending": views, clicks and the landing are made but nothing is sent or stored; consent(true) sends every held event exactly once', async (t) => {
  const c = await startEventsCollector(h, t)
  const html = eventsPage({ endpoint: c.endpoint, widgets: WIDGETS, scriptAttributes: 'data-consent="pending"' })
  const s = await openWithCollector(h, c, `${PATH}?utm_source=telegram&utm_medium=social&utm_campaign=sharecue&scid=${SCID}`, {
    html, initScript: script(collectEvents, recordStorage),
  })
  for (const { id } of WIDGETS) await waitForWidget(s.page, `#${id}`, { session: s })
  await clickChannel(s.page, '#w-1', 'telegram')
  await burst(s.page, '#w-2', 'whatsapp', 2)
  await burst(s.page, '#w-2', 'x', 1)
  await s.page.waitForFunction(() => window.__events.filter((e) => e.type === 'widget_view').length === 2)
  const held = await pageEvents(s.page)
  assert.deepEqual(countBy(held, (e) => e.type), { share_landing: 1, widget_view: 2, share_click: 4 })

  await waitPastBatchAndFlush(s)
  assertNothingSent(s, c, 'before consent')
  assert.deepEqual(await sharecueKeys(s.page), [], 'no sharecue: key in localStorage before consent')
  assert.deepEqual(await writes(s.page), [], 'no sharecue: key was ever written before consent')
  // The arrival scid is still passed on, from memory.
  assert.ok(held.filter((e) => e.type === 'share_click').every((e) => e.parentShareId === SCID))

  await s.page.evaluate(() => window.ShareCue.consent(true))
  await s.page.evaluate(() => window.ShareCue.flush())
  const rows = await c.waitForRows((r) => r.length >= held.length, { what: async () => `the ${held.length} held events after consent; ${await diagnose(s)}` })
  assert.deepEqual(rows.map((r) => r.id).sort(), held.map((e) => e.id).sort(), 'every held event, and nothing else')
  assert.equal(c.collector.counts.duplicates, 0)
  assert.equal(rows.find((r) => r.type === 'share_landing').share_id, SCID)
  await poll(async () => (await storedQueue(s.page)) === null, { message: 'the queue to empty' })
  s.assertNoPageErrors()
})

test('consent(false) after clicks on a pending page: nothing is ever sent or stored, not even later clicks', async (t) => {
  const c = await startEventsCollector(h, t)
  const html = eventsPage({ endpoint: c.endpoint, widgets: WIDGETS, scriptAttributes: 'data-consent="pending"' })
  const s = await openWithCollector(h, c, PATH, { html, initScript: script(collectEvents, recordStorage) })
  for (const { id } of WIDGETS) await waitForWidget(s.page, `#${id}`, { session: s })
  await clickChannel(s.page, '#w-1', 'x')
  await burst(s.page, '#w-2', 'whatsapp', 3)
  await s.page.evaluate(() => window.ShareCue.consent(false))
  await burst(s.page, '#w-1', 'telegram', 2)
  await waitPastBatchAndFlush(s)
  assert.equal((await pageEvents(s.page)).filter((e) => e.type === 'share_click').length, 6, 'on() subscribers still get every event')
  assertNothingSent(s, c, 'after refusal')
  assert.deepEqual(await sharecueKeys(s.page), [])
  assert.deepEqual(await writes(s.page), [])
  s.assertNoPageErrors()
})

test('consent(false) with events queued (the collector answering 500) drops the queue: nothing is sent once the collector recovers', async (t) => {
  const c = await startEventsCollector(h, t, { faults: { mode: '500' } })
  const html = eventsPage({ endpoint: c.endpoint, widgets: WIDGETS })
  const s = await openWithCollector(h, c, PATH, { html, initScript: collectEvents })
  for (const { id } of WIDGETS) await waitForWidget(s.page, `#${id}`, { session: s })
  await burst(s.page, '#w-1', 'x', 3)
  await s.page.evaluate(() => window.ShareCue.flush())
  assert.ok(c.collector.counts.faulted >= 1)
  assert.ok((await storedQueue(s.page))?.events?.length >= 3, 'the clicks are queued')

  await s.page.evaluate(() => window.ShareCue.consent(false))
  assert.equal(await storedQueue(s.page), null, 'refusing consent empties the stored queue')
  c.collector.setFaults({ mode: 'none' })
  const before = c.posts.length
  await waitPastBatchAndFlush(s)
  assert.equal(c.posts.length, before, 'no request after the refusal')
  assert.deepEqual(c.rows(), [])
  assert.deepEqual(await sharecueKeys(s.page), [])
  s.assertNoPageErrors()
})

test('Global Privacy Control: events are delivered, but nothing sharecue: is ever written to localStorage and the arrival scid is not remembered on the next page', async (t) => {
  const c = await startEventsCollector(h, t)
  const html = eventsPage({ endpoint: c.endpoint, widgets: WIDGETS })
  const s = await openWithCollector(h, c, `${PATH}?utm_source=whatsapp&utm_medium=social&utm_campaign=sharecue&scid=${SCID}`, {
    html, initScript: script(defineGpc, collectEvents, recordStorage),
  })
  assert.equal(await s.page.evaluate(() => navigator.globalPrivacyControl), true)
  for (const { id } of WIDGETS) await waitForWidget(s.page, `#${id}`, { session: s })
  await clickChannel(s.page, '#w-1', 'telegram')
  await burst(s.page, '#w-2', 'x', 2)
  await s.page.waitForFunction(() => window.__events.filter((e) => e.type === 'widget_view').length === 2)
  const made = await pageEvents(s.page)
  assert.deepEqual(countBy(made, (e) => e.type), { share_landing: 1, widget_view: 2, share_click: 3 })
  await s.page.evaluate(() => window.ShareCue.flush())
  const rows = await c.waitForRows((r) => r.length >= made.length, { what: async () => `the events under GPC; ${await diagnose(s)}` })
  assert.deepEqual(rows.map((r) => r.id).sort(), made.map((e) => e.id).sort())
  assert.ok(rows.filter((r) => r.type === 'share_click').every((r) => r.parent_share_id === SCID), 'shares on the landing page carry the arrival scid (from memory)')
  assert.deepEqual(await writes(s.page), [], 'no sharecue: key was ever written')
  assert.deepEqual(await sharecueKeys(s.page), [])

  // The next page of the same site knows nothing of the arrival.
  h.server.page(OTHER, eventsPage({ endpoint: c.endpoint, widgets: [WIDGETS[0]] }))
  await s.page.goto(h.url(OTHER))
  await waitForWidget(s.page, '#w-1', { session: s })
  const [click] = await burst(s.page, '#w-1', 'x', 1)
  assert.ok(click)
  const next = await pageEvents(s.page)
  assert.equal(next.find((e) => e.type === 'share_click').parentShareId, undefined, 'no parentShareId on the next page')
  await s.page.evaluate(() => window.ShareCue.flush())
  await c.waitForRows((r) => r.length >= made.length + next.length, { what: 'the next page\'s events' })
  assert.deepEqual(await writes(s.page), [])
  assert.deepEqual(await sharecueKeys(s.page), [])
  assert.equal(c.collector.counts.duplicates, 0)
  s.assertNoPageErrors()
})

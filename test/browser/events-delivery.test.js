// Share events reach the reference collector (another origin, so CORS applies) exactly once:
// views, clicks and completed copies of several widgets, with the share ids of the links that
// were shared (contract §6–7); batching at 10 events or after 2 s.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkSharedUrl } from './contract.js'
import { useBrowser, waitForWidget } from './harness.js'
import {
  burst, clickChannel, collectEvents, countBy, describeRows, diagnose, duplicates, eventsPage, hrefAndScid,
  openWithCollector, pageEvents, poll, scrollToWidget, startEventsCollector, storedQueue,
} from './pages/events-kit.js'

const h = useBrowser()

const PATH = '/inline/events-delivery.html'
const PRODUCTS = {
  'w-copy': { url: 'https://shop.example/p/field-lantern?finish=brass', title: 'Field Lantern', sku: 'FL-1' },
  'w-telegram': { url: 'https://shop.example/p/trail-shoe?color=red', title: 'Trail Shoe', sku: 'TS-42' },
  'w-x': { url: 'https://shop.example/p/rain-jacket', title: 'Rain Jacket', sku: 'RJ-7' },
}
// The second and third widgets start below the fold (the viewport is 768 px high).
const WIDGETS = [
  { id: 'w-copy', channels: ['copy', 'telegram', 'x'], ...PRODUCTS['w-copy'] },
  { id: 'w-telegram', channels: ['telegram', 'x'], spacer: 1200, ...PRODUCTS['w-telegram'] },
  { id: 'w-x', channels: ['x', 'copy'], spacer: 1200, ...PRODUCTS['w-x'] },
]

/** Clicks a link control and returns the scid of the URL it shared (read from its href just before). */
const clickLink = async (page, widget, channel) => {
  const { scid } = await hrefAndScid(page, `#${widget}`, channel)
  await clickChannel(page, `#${widget}`, channel)
  return { widget, channel, scid }
}

/** Clicks a copy control, waits for the clipboard, and returns the scid of the copied URL. */
const clickCopy = async (page, widget) => {
  await page.evaluate(() => navigator.clipboard.writeText(''))
  await clickChannel(page, `#${widget}`, 'copy')
  const copied = await poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: `${widget}: the copy to reach the clipboard` })
  const { problems, scid } = checkSharedUrl(copied, { product: PRODUCTS[widget].url, channel: 'copy' })
  assert.deepEqual(problems, [], `${widget}: the copied link`)
  return { widget, channel: 'copy', scid }
}

/** Scrolls each widget into view in turn, waiting for its widget_view in the page. */
const viewAll = async (page) => {
  for (const { id } of WIDGETS) {
    await scrollToWidget(page, `#${id}`)
    await waitForWidget(page, `#${id}`)
    await page.waitForFunction((w) => window.__events.some((e) => e.type === 'widget_view' && e.widget === w), id)
  }
  // Back and forth again: still one view per widget per page view.
  await scrollToWidget(page, '#w-copy')
  await scrollToWidget(page, '#w-x')
  await scrollToWidget(page, '#w-copy')
}

test('three widgets: the collector stores exactly one widget_view per widget, one share_click per click with the clicked link\'s scid, one share_complete per copy; a reload is a new page view and nothing arrives twice', async (t) => {
  const c = await startEventsCollector(h, t)
  const html = eventsPage({ endpoint: c.endpoint, widgets: WIDGETS })
  const s = await openWithCollector(h, c, PATH, { html, initScript: collectEvents, permissions: ['clipboard-read', 'clipboard-write'] })
  const pageUrl = h.url(PATH)
  await waitForWidget(s.page, '#w-copy', { session: s })

  // Only the first widget is in view at first.
  await s.page.waitForFunction(() => window.__events.some((e) => e.type === 'widget_view'))
  assert.deepEqual((await pageEvents(s.page)).map((e) => `${e.type} ${e.widget}`), ['widget_view w-copy'])

  await viewAll(s.page)
  // Three views, no flush: the batch timer sends them.
  await c.waitForRows((rows) => rows.length >= 3, { what: async () => `the three widget_view events (batch timer, no flush); ${await diagnose(s)}` })

  const clicks = []
  await scrollToWidget(s.page, '#w-copy')
  clicks.push(await clickCopy(s.page, 'w-copy'))
  clicks.push(await clickLink(s.page, 'w-copy', 'telegram'))
  await scrollToWidget(s.page, '#w-telegram')
  clicks.push(await clickLink(s.page, 'w-telegram', 'telegram'))
  clicks.push(await clickLink(s.page, 'w-telegram', 'x'))
  await scrollToWidget(s.page, '#w-x')
  clicks.push(await clickLink(s.page, 'w-x', 'x'))
  clicks.push(await clickCopy(s.page, 'w-x'))
  // A second click on the same control shares a new link, with its own scid.
  await s.page.waitForFunction(([sel, old]) => !document.querySelector(sel).shadowRoot.querySelector('[data-channel="x"]').href.includes(old), ['#w-x', clicks.at(-2).scid])
  clicks.push(await clickLink(s.page, 'w-x', 'x'))

  const made = await pageEvents(s.page)
  const copies = clicks.filter((click) => click.channel === 'copy').length
  assert.equal(made.length, WIDGETS.length + clicks.length + copies, `events made in the page: ${made.map((e) => e.type).join(', ')}`)
  const rows = await c.waitForRows((r) => r.length >= made.length, { what: `all ${made.length} events` })

  // Exactly these rows, each once.
  assert.deepEqual(rows.map((r) => r.id).sort(), made.map((e) => e.id).sort(), 'the stored ids are the ids the page made')
  assert.deepEqual(duplicates(made.map((e) => e.id)), [], 'each event has its own id')
  assert.deepEqual(countBy(rows, (r) => r.type), { widget_view: 3, share_click: clicks.length, share_complete: copies })
  assert.deepEqual(countBy(rows.filter((r) => r.type === 'widget_view'), (r) => r.widget), { 'w-copy': 1, 'w-telegram': 1, 'w-x': 1 })

  // Each share_click carries the scid of the link it shared; each copy's share_complete the same.
  const clickRows = rows.filter((r) => r.type === 'share_click')
  assert.deepEqual(
    clickRows.map((r) => `${r.widget} ${r.channel} ${r.share_id}`),
    clicks.map((click) => `${click.widget} ${click.channel} ${click.scid}`),
  )
  assert.equal(new Set(clicks.map((click) => click.scid)).size, clicks.length, 'every click shared its own scid')
  assert.deepEqual(
    rows.filter((r) => r.type === 'share_complete').map((r) => `${r.widget} ${r.channel} ${r.share_id}`),
    clicks.filter((click) => click.channel === 'copy').map((click) => `${click.widget} copy ${click.scid}`),
  )
  for (const row of rows) {
    const product = PRODUCTS[row.widget]
    assert.deepEqual(
      { page: row.page, url: row.product_url, title: row.product_title, sku: row.product_sku, parent: row.parent_share_id },
      { page: pageUrl, url: product.url, title: product.title, sku: product.sku, parent: null },
      `${row.type} of ${row.widget}`,
    )
  }
  assert.equal(c.collector.counts.duplicates, 0, 'nothing was sent twice')
  assert.ok(c.posts.every((p) => p.origin === h.server.origin && p.contentType === 'text/plain;charset=UTF-8'),
    `cross-origin text/plain POSTs: ${JSON.stringify(c.posts)}`)
  await poll(async () => (await storedQueue(s.page)) === null, { message: 'the stored queue to be empty' })
  // Off the page's host: only the share links' new tabs (aborted by the harness, then closed).
  assert.deepEqual(s.offHost.filter((r) => !(r.resourceType === 'document' && /^https:\/\/(t\.me|x\.com)\//.test(r.url))).map((r) => r.url), [])
  assert.equal(s.offHost.length, clicks.length - copies, 'one new tab per link clicked')

  // A reload is a new page view: three views again, and nothing of the first view twice.
  await s.page.reload()
  // The reload keeps the scroll position, far below #w-copy, which mounts once near the viewport.
  await scrollToWidget(s.page, '#w-copy')
  await waitForWidget(s.page, '#w-copy', { session: s })
  await viewAll(s.page)
  const again = await pageEvents(s.page)
  assert.deepEqual(countBy(again, (e) => `${e.type} ${e.widget}`), { 'widget_view w-copy': 1, 'widget_view w-telegram': 1, 'widget_view w-x': 1 })
  const all = await c.waitForRows((r) => r.length >= made.length + 3, { what: 'the three views of the reloaded page' })
  assert.deepEqual(all.map((r) => r.id).sort(), [...made, ...again].map((e) => e.id).sort())
  assert.deepEqual(countBy(all, (r) => r.type), { widget_view: 6, share_click: clicks.length, share_complete: copies })
  assert.equal(c.collector.counts.duplicates, 0, 'nothing was sent twice')
  assert.deepEqual(c.errors, [])
  s.assertNoPageErrors()
})

test('batching: fewer than ten events go together by the 2 s timer; ten go at once', async (t) => {
  const c = await startEventsCollector(h, t)
  const html = eventsPage({ endpoint: c.endpoint, widgets: [{ id: 'w-x', channels: ['x'], ...PRODUCTS['w-x'] }] })
  const s = await openWithCollector(h, c, PATH, { html, initScript: collectEvents })
  await waitForWidget(s.page, '#w-x', { session: s })
  await s.page.waitForFunction(() => window.__events.length === 1)
  await burst(s.page, '#w-x', 'x', 2)
  const first = await pageEvents(s.page)
  assert.deepEqual(first.map((e) => e.type), ['widget_view', 'share_click', 'share_click'])

  await c.waitForRows((r) => r.length === 3, { what: 'the first three events' })
  assert.equal(c.posts.length, 1, 'one request for the three')
  const waited = c.posts[0].time - first[0].ts
  assert.ok(waited >= 1900 && waited < 4000, `the batch went ${waited} ms after its first event was made (expected about 2000)`)

  // Ten at once: sent now, without waiting for the timer.
  await burst(s.page, '#w-x', 'x', 10)
  const madeAt = performance.now()
  await c.waitForRows((r) => r.length === 13, { what: 'the burst of ten' })
  assert.equal(c.posts.length, 2, 'one request for the ten')
  assert.ok(c.posts[1].at - madeAt < 1000, `the ten went ${c.posts[1].at - madeAt} ms after they were made (expected at once)`)
  assert.equal(c.collector.counts.duplicates, 0)
  s.assertNoPageErrors()
})

/** The events page with one X widget, its widget_view stored. */
const oneWidget = async (t) => {
  const c = await startEventsCollector(h, t)
  const html = eventsPage({ endpoint: c.endpoint, widgets: [{ id: 'w-x', channels: ['x'], ...PRODUCTS['w-x'] }] })
  const s = await openWithCollector(h, c, PATH, { html, initScript: collectEvents })
  await waitForWidget(s.page, '#w-x', { session: s })
  await c.waitForRows((r) => r.length === 1, { what: 'the widget_view' })
  return { c, s }
}

/**
 * In the page: ten clicks on X (a batch goes at once), then `more` clicks while that batch is in
 * flight (this tab holds the queue's lock), then, with `flush`, `ShareCue.flush()`. Says whether
 * the batch was in flight and how many events the stored queue held at the end.
 */
const clickWhileInFlight = (page, more, flush = false) => page.evaluate(async ([more, flush]) => {
  const root = document.querySelector('#w-x').shadowRoot
  root.addEventListener('click', (event) => event.preventDefault())
  const control = () => root.querySelector('[data-channel="x"]')
  const stored = (prefix) => localStorage.getItem(Object.keys(localStorage).find((key) => key.startsWith(prefix)) ?? '')
  for (let i = 0; i < 10; i++) control().click()
  const end = performance.now() + 2000
  while (!stored('sharecue:lock') && performance.now() < end) await new Promise((done) => setTimeout(done, 1))
  const locked = !!stored('sharecue:lock')
  for (let i = 0; i < more; i++) control().click()
  if (flush) await window.ShareCue.flush()
  return { locked, queued: JSON.parse(stored('sharecue:queue') ?? 'null')?.events?.length ?? 0 }
}, [more, flush])

test('a burst of more than one batch: events made while the first batch is in flight are sent too, without another event or flush()', async (t) => {
  const { c, s } = await oneWidget(t)
  // Ten clicks: a batch goes at once. While it is in flight, four more.
  const { locked } = await clickWhileInFlight(s.page, 4)
  assert.ok(locked, 'the first batch was being sent when the last four were made')
  const made = await pageEvents(s.page)
  assert.equal(made.length, 15)

  // Expected: the four follow within the batch time (2 s), sent by the widget's own timers.
  await c.waitForRows((r) => r.length === 15, {
    timeout: 6000,
    what: async () => `all 15 events, the last four made while the first batch was in flight (the page's stored queue still holds ${(await storedQueue(s.page))?.events?.length ?? 0} events)`,
  })
  assert.deepEqual(c.rows().map((r) => r.id).sort(), made.map((e) => e.id).sort())
  s.assertNoPageErrors()
})

test('flush() called while a batch is in flight settles only once the events queued since have been sent too', async (t) => {
  const { c, s } = await oneWidget(t)
  const result = await clickWhileInFlight(s.page, 1, true)
  assert.ok(result.locked, 'the first batch was being sent when the eleventh click was made')
  const made = await pageEvents(s.page)
  assert.equal(made.length, 12)
  // The collector stores a batch before it answers, so once flush() settled every event is there.
  assert.equal(describeRows(c.rows()), describeRows(made), `stored when flush() settled (the page's queue still held ${result.queued})`)
  s.assertNoPageErrors()
})

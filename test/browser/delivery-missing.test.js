// When the event delivery code (sc-delivery.js) cannot load, or has not arrived yet, no event is
// lost: what waits goes into the stored queue (with consent), and a later page view sends it.
// (Split from lazy-failures.test.js, whose tests wait for retries: each file stays under the
// runner's minute per file.)
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './server.js'
import { anyTry, sleep, useBrowser, waitForWidget } from './harness.js'
import { pageWith } from './lazy-page.js'

/** sc-delivery.js, at every try. */
const deliveryCode = anyTry('/sc-delivery.js')

const h = useBrowser()
const script = readFileSync(join(ROOT, 'dist/sharecue.js'))

/**
 * A page whose sc-delivery.js answers 404 at every try: a click on X is made (and recorded in
 * `made`) while no delivery code can send it; `received` is what the endpoint gets. `before`
 * runs in the blank page first (the same origin's storage). Returns after every try is over.
 */
const clickWithoutDelivery = async (dir, before = () => {}) => {
  const received = []
  h.server.route('POST', '/events', (_req, res, body) => {
    received.push(...JSON.parse(body).events)
    res.writeHead(204).end()
  })
  // The route is in place before the page that asks for the delivery code loads.
  const s = await h.open(`/${dir}/blank.html`, { html: '<!doctype html><title>blank</title>' })
  await s.page.evaluate(before)
  h.server.page(`/${dir}/page.html`, pageWith('/dist/sharecue.js', { locale: 'en' }))
  await s.context.route(deliveryCode, (route) => route.fulfill({ status: 404, body: '' }))
  await s.page.goto(h.url(`/${dir}/page.html`))
  await waitForWidget(s.page, '#share', { session: s })
  const made = []
  await s.page.exposeFunction('recordEvent', (event) => made.push(event))
  await s.page.evaluate(() => window.ShareCue.on('*', (event) => window.recordEvent(event)))
  await s.page.evaluate(() => document.querySelector('#share').shadowRoot.querySelector('[data-channel="x"]').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })))
  await sleep(6500) // past every try
  return { s, received, made }
}

/** The visitor's next page view, where the delivery code loads: it sends what the stored queue holds. */
const nextPageView = async (s) => {
  await s.context.unroute(deliveryCode)
  await s.page.reload()
  await s.page.waitForFunction(() => window.ShareCue?.flush).then(() => s.page.evaluate(() => window.ShareCue.flush()))
}

test('events made while the delivery code cannot load stay in the stored queue and reach the endpoint on a later page view', async () => {
  const { s, received, made } = await clickWithoutDelivery('no-delivery')
  assert.ok(made.some((e) => e.type === 'share_click'), 'the click made an event')
  assert.deepEqual(received, [], 'nothing could be sent')
  const stored = await s.page.evaluate(() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find((key) => key.startsWith('sharecue:queue')) ?? '') ?? 'null'))
  assert.ok(stored?.events?.some((e) => e.type === 'share_click'), `the click waits in the stored queue: ${JSON.stringify(stored)}`)

  // The next page view can load the delivery code: the stored events go out then.
  await nextPageView(s)
  const click = made.find((e) => e.type === 'share_click')
  await waitFor(() => received.some((e) => e.id === click.id))
  s.assertNoPageErrors()
})

test('events made while the delivery code cannot load are kept even where the stored queue is unreadable (another script wrote it)', async () => {
  // A queue cut short (another tab's write, another script's): not JSON.
  const { s, received, made } = await clickWithoutDelivery('no-delivery-garbled',
    () => localStorage.setItem('sharecue:queue ' + new URL('/events', location.href).href, '{"events":[{"id":"cut'))
  const click = made.find((e) => e.type === 'share_click')
  assert.ok(click, 'the click made an event')

  // The visitor goes on to another page, which can load the delivery code.
  await nextPageView(s)
  await waitFor(() => received.some((e) => e.id === click.id))
  s.assertNoPageErrors()
})

const waitFor = async (check, timeout = 8000) => {
  const end = performance.now() + timeout
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out waiting')
    await sleep(50)
  }
}

test('a landing made while the delivery code is still on its way is not lost when the visitor goes on to the next page before it arrives', async () => {
  const received = []
  h.server.route('POST', '/slow-delivery/events', (_req, res, body) => {
    try { received.push(...JSON.parse(body).events) } catch { /* not JSON */ }
    res.writeHead(204).end()
  })
  // The delivery code is slow the first time (a phone on a slow network), fast afterwards.
  let first = true
  h.server.route('GET', '/dist/sc-delivery.js', async (_req, res) => {
    if (first) first = false, await sleep(3000)
    if (!res.destroyed) res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(join(ROOT, 'dist/sc-delivery.js')))
  })
  const page = (title) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script src="/dist/sharecue.js" async data-endpoint="/slow-delivery/events"></script></head><body><h1>${title}</h1></body></html>`
  h.server.page('/slow-delivery/landing.html', page('Landing'))
  h.server.page('/slow-delivery/next.html', page('Next page'))
  const scid = 'Ug0-wW5DtfNlbuSFaa0Rj'
  const s = await h.open(`/slow-delivery/landing.html?utm_source=whatsapp&scid=${scid}`, { waitUntil: 'commit' })
  // The landing is made (its scid leaves the address bar) while the delivery code loads...
  await s.page.waitForFunction(() => !location.search.includes('scid'))
  // ...and the visitor goes on before it arrived: the next page sends what the first one kept.
  await s.page.goto(h.url('/slow-delivery/next.html'))
  await s.page.evaluate(() => window.ShareCue.flush())
  await waitFor(() => received.some((e) => e.type === 'share_landing'))
  assert.deepEqual(received.filter((e) => e.type === 'share_landing').map((e) => e.shareId), [scid])
  s.assertNoPageErrors()
})

test('before consent, events that wait for a delivery code that cannot load are not stored', async () => {
  h.server.route('POST', '/events', (_req, res) => res.writeHead(204).end())
  const html = pageWith('/dist/sharecue.js', { locale: 'en' }).replace('data-locale="en"', 'data-locale="en" data-consent="pending"')
  const s = await h.open('/no-delivery-pending/blank.html', { html: '<!doctype html><title>blank</title>' })
  h.server.page('/no-delivery-pending/page.html', html)
  await s.context.route(deliveryCode, (route) => route.fulfill({ status: 404, body: '' }))
  await s.page.goto(h.url('/no-delivery-pending/page.html'))
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.evaluate(() => document.querySelector('#share').shadowRoot.querySelector('[data-channel="x"]').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })))
  await sleep(1500) // past the first failed try
  assert.equal(await s.page.evaluate(() => localStorage.getItem(Object.keys(localStorage).find((key) => key.startsWith('sharecue:queue')) ?? '')), null)
  // Consent given: what waited is kept for a later page view.
  await s.page.evaluate(() => window.ShareCue.consent(true))
  const stored = await s.page.evaluate(() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find((key) => key.startsWith('sharecue:queue')) ?? '') ?? 'null'))
  assert.ok(stored?.events?.some((e) => e.type === 'share_click'), JSON.stringify(stored))
  // Consent refused afterwards: what was kept is dropped, delivery code or not.
  await s.page.evaluate(() => window.ShareCue.consent(false))
  assert.equal(await s.page.evaluate(() => localStorage.getItem(Object.keys(localStorage).find((key) => key.startsWith('sharecue:queue')) ?? '')), null)
  s.assertNoPageErrors()
})

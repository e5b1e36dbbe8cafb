/**
 * Shared pieces of the events-*.test.js browser tests (contract §6–7): the reference collector
 * on its own port (another origin than the page server, so CORS is exercised), product pages
 * that send their events there, and polling helpers that wait on the collector's database.
 *
 *   const h = useBrowser()
 *   test('…', async (t) => {
 *     const c = await startEventsCollector(h, t)              // closed after the test
 *     const s = await openWithCollector(h, c, PATH, { html: eventsPage({ endpoint: c.endpoint, widgets }) })
 *     await c.waitForRows((rows) => rows.length >= 3)
 *   })
 *
 * The harness aborts every request that leaves the page server's origin; `openWithCollector`
 * opens a blank page first, lets the context reach the collector's origin, and only then goes
 * to the product page, so no event can be sent before the collector is reachable.
 */
import assert from 'node:assert/strict'
import { startCollector } from '../../../collector/index.js'
import { attr } from '../fixtures.js'
import { sleep } from '../harness.js'

/** Most any poll in these tests may wait, unless told otherwise. */
export const DEADLINE = 8000

/**
 * Polls `probe` (sync or async) every 50 ms until it returns a truthy value, which it returns.
 * On time-out it fails with `message` (a string or a function giving one, for a diagnosis).
 */
export const poll = async (probe, { timeout = DEADLINE, interval = 50, message = 'condition' } = {}) => {
  const end = performance.now() + timeout
  let last
  for (;;) {
    last = await probe()
    if (last) return last
    if (performance.now() >= end) break
    await sleep(interval)
  }
  const text = typeof message === 'function' ? await message(last) : message
  throw new assert.AssertionError({ message: `timed out after ${timeout} ms waiting for: ${text}` })
}

/**
 * Starts the reference collector on a free port with `origins: [page server's origin]`, and
 * closes it when the test ends. Besides `startCollector`'s `{ url, server, collector, close }`:
 *  - `endpoint`: `${url}/events`
 *  - `posts`: every POST /events it received: { time (wall clock), at (performance.now(), for gaps), contentType, fetchMode, fetchDest, origin, length }
 *    (headers only: the collector reads the body itself)
 *  - `rows()`: the events table, oldest first (by ts, then arrival)
 *  - `waitForRows(predicate, { timeout, what })`: polls `rows()` until `predicate(rows)` holds;
 *    `what` (a string, or a function called on failure) describes the wait
 *  - `stats()`: GET /stats over HTTP, as the merchant sees it
 */
export const startEventsCollector = async (h, t, { faults, ...options } = {}) => {
  const errors = []
  const started = await startCollector({ port: 0, dbPath: ':memory:', faults, origins: [h.server.origin], onError: (e) => errors.push(e), ...options })
  const posts = []
  started.server.prependListener('request', (req) => {
    if (req.method !== 'POST') return
    posts.push({
      time: Date.now(), // wall clock, to compare with an event's ts
      at: performance.now(), // monotonic, for gaps between requests
      path: req.url,
      contentType: req.headers['content-type'] ?? null,
      fetchMode: req.headers['sec-fetch-mode'] ?? null,
      fetchDest: req.headers['sec-fetch-dest'] ?? null,
      origin: req.headers.origin ?? null,
      length: Number(req.headers['content-length'] ?? -1),
    })
  })
  const c = {
    ...started,
    endpoint: `${started.url}/events`,
    origin: started.url,
    posts,
    errors,
    rows: () => started.collector.db.prepare('SELECT * FROM events ORDER BY ts, rowid').all(),
    async waitForRows(predicate, { timeout = DEADLINE, what = 'the collector rows to match' } = {}) {
      return poll(() => {
        const rows = c.rows()
        return predicate(rows) ? rows : undefined
      }, {
        timeout,
        message: async () => `${typeof what === 'function' ? await what() : what}; the collector holds ${describeRows(c.rows())}; counts ${JSON.stringify(started.collector.counts)}`,
      })
    },
    async stats() {
      const response = await fetch(`${started.url}/stats`)
      assert.equal(response.status, 200)
      return response.json()
    },
  }
  t.after(() => c.close())
  return c
}

/** `3 rows: widget_view×2, share_click×1` — for failure messages. */
export const describeRows = (rows) => {
  const byType = {}
  for (const row of rows) byType[row.type] = (byType[row.type] ?? 0) + 1
  return `${rows.length} rows: ${Object.entries(byType).map(([type, n]) => `${type}×${n}`).join(', ') || 'none'}`
}

/** What the page says about its events, for failure messages: made, queued, warnings, errors. */
export const diagnose = async (s, page = s.page) => {
  const state = await page.evaluate(() => ({
    made: (window.__events ?? []).map((e) => e.type),
    queued: JSON.parse(localStorage.getItem(Object.keys(localStorage).find((key) => key.startsWith('sharecue:queue')) ?? '') ?? 'null')?.events?.length ?? 0,
    keys: Object.keys(localStorage).filter((key) => key.startsWith('sharecue:')),
  })).catch((error) => ({ unavailable: String(error.message).split('\n')[0] }))
  const noisy = s.console.filter((m) => m.type === 'warning' || m.type === 'error').map((m) => m.text)
  return `page: ${JSON.stringify(state)}; console: ${JSON.stringify(noisy).slice(0, 800)}; page errors: ${s.errors.map(String).join(' | ') || 'none'}`
}

/** Counts rows by a key function: `{ key: n }`. */
export const countBy = (rows, key) => {
  const counts = {}
  for (const row of rows) {
    const k = key(row)
    counts[k] = (counts[k] ?? 0) + 1
  }
  return counts
}

/** Ids that occur more than once in `list`. */
export const duplicates = (list) => {
  const seen = new Set()
  const twice = new Set()
  for (const id of list) (seen.has(id) ? twice : seen).add(id)
  return [...twice]
}

/**
 * Runs before any page script: collects every event the widget makes, as `on('*')` subscribers
 * see it, into `window.__events`, through the README's queue stub (the stub's calls are
 * replayed before the widget reports anything, so even `share_landing` is caught).
 */
export const collectEvents = () => {
  window.__events = []
  const api = (window.ShareCue = window.ShareCue || { q: [] })
  if (api.q) api.q.push(['on', ['*', (event) => window.__events.push(JSON.parse(JSON.stringify(event)))]])
}

/** The events the page made so far (see collectEvents). */
export const pageEvents = (page) => page.evaluate(() => window.__events ?? [])

/** The page's stored queue (`sharecue:queue <endpoint>`, its one endpoint's), parsed, or null. */
export const storedQueue = (page) => page.evaluate(() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find((key) => key.startsWith('sharecue:queue')) ?? '') ?? 'null'))

/** Every localStorage key starting `sharecue:`. */
export const sharecueKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('sharecue:')))

/**
 * A product page whose script tag sends events to `endpoint`.
 * widgets: [{ id, channels, url?, title?, sku?, spacer? }] — `spacer` (px) of empty page above
 * the widget, so it starts out of view; `scriptAttributes` go on the script tag (e.g.
 * `data-consent="pending"`); `head` and `body` add markup.
 */
export const eventsPage = ({ endpoint, widgets, scriptAttributes = '', head = '', body = '', title = 'Field Lantern' }) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${attr(title)} | Shop Example</title>
  <link rel="stylesheet" href="/test/browser/pages/shop.css">
  ${head}
  <script src="/dist/sharecue.js" async data-endpoint="${attr(endpoint)}" ${scriptAttributes}></script>
</head>
<body>
  <main>
    <h1>${attr(title)}</h1>
    ${widgets.map((w) => `
    ${w.spacer ? `<div class="spacer" style="height:${w.spacer}px"></div>` : ''}
    <div id="${attr(w.id)}" class="share" data-sharecue data-widget-id="${attr(w.id)}"
         data-channels="${attr(w.channels.join(','))}"
         ${w.url ? `data-url="${attr(w.url)}"` : ''}
         ${w.title ? `data-title="${attr(w.title)}"` : ''}
         ${w.sku ? `data-sku="${attr(w.sku)}"` : ''}></div>`).join('\n')}
    ${body}
  </main>
</body>
</html>`

/** A page that loads nothing, to open a context on before it may reach the collector. */
const BLANK = '/inline/events-blank.html'
const blankHtml = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>'

/**
 * Lets the session's context reach the collector: a later route wins over the harness's
 * catch-all, which aborts every other origin. (Neither routing nor context.setOffline covers
 * the beacon a closing page sends: to make that fail, use the collector's `drop` fault.)
 */
export const allowCollector = async (s, c) => {
  await s.context.route((url) => url.origin === c.origin, (route) => route.continue().catch(() => {}))
}

/**
 * Opens `path` in a fresh context (h.open's options: html, permissions, initScript,
 * contextOptions) with the collector reachable from the first request on. Popups (share links
 * open the channel's site in a new tab, whose requests the harness aborts) are closed.
 */
export const openWithCollector = async (h, c, path, options = {}) => {
  const { html, waitUntil = 'load', ...rest } = options
  const s = await h.open(BLANK, { html: blankHtml, ...rest })
  await allowCollector(s, c)
  s.context.on('page', async (page) => {
    if (await page.opener().catch(() => null)) page.close().catch(() => {})
  })
  if (html !== undefined) h.server.page(new URL(path, h.server.url).pathname, html)
  await s.page.goto(h.url(path), { waitUntil })
  return s
}

/** Scrolls the target into the middle of the viewport (so all of it is in view). */
export const scrollToWidget = (page, selector) => page.evaluate((sel) => {
  document.querySelector(sel).scrollIntoView({ block: 'center', behavior: 'instant' })
}, selector)

/** The href of a channel link in a widget, and the `scid` of the shared URL inside it. */
export const hrefAndScid = async (page, selector, channel) => {
  const href = await page.evaluate(([sel, ch]) => document.querySelector(sel).shadowRoot.querySelector(`[data-channel="${ch}"]`)?.getAttribute('href') ?? null, [selector, channel])
  assert.ok(href, `${selector} has a ${channel} link`)
  return { href, shared: sharedUrlOf(href), scid: scidOf(href) }
}

/** The shared URL inside a web-intent href (its `url`, `u`, or `text` parameter). */
export const sharedUrlOf = (href) => {
  const params = new URL(href).searchParams
  const direct = params.get('url') ?? params.get('u')
  if (direct) return direct
  const text = params.get('text') ?? ''
  return /https?:\/\/\S+/.exec(text)?.[0] ?? null
}

/** The scid of the shared URL inside a web-intent href. */
export const scidOf = (href) => {
  const shared = sharedUrlOf(href)
  return shared ? new URL(shared).searchParams.get('scid') : null
}

/** Clicks a channel control in a widget (through the shadow root, as a shopper would). */
export const clickChannel = (page, selector, channel) => page.locator(`${selector} [data-channel="${channel}"]`).click()

/**
 * Clicks a channel control `times` times in one task, from inside the page (faster than a
 * shopper can, so batching can be tested exactly). Link controls do not navigate: a listener
 * on the shadow root cancels the default action after the widget's own handler has run.
 * Returns the href each click shared (null for buttons).
 */
export const burst = (page, selector, channel, times = 1) => page.evaluate(([sel, ch, n]) => {
  const root = document.querySelector(sel).shadowRoot
  if (!root.__noNavigation) {
    root.__noNavigation = true
    root.addEventListener('click', (event) => event.preventDefault())
  }
  const hrefs = []
  for (let i = 0; i < n; i++) {
    const control = root.querySelector(`[data-channel="${ch}"]`)
    hrefs.push(control.getAttribute('href'))
    control.click()
  }
  return hrefs
}, [selector, channel, times])

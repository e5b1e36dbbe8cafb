#!/usr/bin/env node
/**
 * Benchmark of the event pipeline (a script, not a test): in headless Chromium against the
 * reference collector, it reports
 *  1. events per batch and bytes per event for a realistic burst of share clicks on three
 *     widgets (from the request bodies the collector received);
 *  2. the time to enqueue 1,000 events through the widget's own delivery code
 *     (dist/sc-delivery.js, its `fetch` answering 503 so everything stays queued; the queue
 *     is bounded at 500, so the last 500 adds each evict the oldest), median of 5 runs, with
 *     localStorage and with the in-memory queue used under Global Privacy Control;
 *  3. the beacons sent at page hide with 500 events queued: chunks and bytes per chunk, the
 *     time the pagehide handler takes, and how many chunks Chromium's real sendBeacon accepts.
 *
 *   node bench/events.js          # prints a table, writes bench/results/events.json
 *
 * Needs dist/ (npm run build) and Chromium (found like the browser tests do).
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs'
import { availableParallelism, cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { findChromium } from '../scripts/find-chromium.js'
import { startServer } from '../test/browser/server.js'
import { startCollector } from '../collector/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url))
const started = Date.now()

if (!existsSync(`${root}dist/sharecue.js`) || !existsSync(`${root}dist/sc-delivery.js`)) {
  console.error('bench/events.js: dist/ is missing; run npm run build first')
  process.exit(1)
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

const server = await startServer()
const executablePath = findChromium()
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
const { url: collectorUrl, collector, close: closeCollector } = await startCollector({ port: 0, dbPath: ':memory:', origins: [server.origin] })
const endpoint = `${collectorUrl}/events`

const context = await browser.newContext({ viewport: { width: 1024, height: 900 } })
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin })
// Nothing leaves this machine: share links' targets and any other host are refused.
await context.route((url) => url.origin !== server.origin && url.origin !== collectorUrl, (route) => route.abort('blockedbyclient'))

// ---------------------------------------------------------------------------------------------
// 1. A burst of clicks: the bodies the collector receives.
const widgets = [
  { id: 'w-lantern', channels: 'whatsapp,telegram,x,copy', url: 'https://shop.example/p/field-lantern?finish=brass', title: 'Field Lantern', sku: 'FL-1' },
  { id: 'w-shoe', channels: 'facebook,linkedin,email,copy', url: 'https://shop.example/p/trail-shoe?color=red', title: 'Trail Shoe, waterproof', sku: 'TS-42' },
  { id: 'w-jacket', channels: 'x,reddit,telegram', url: 'https://shop.example/p/rain-jacket', title: 'Rain Jacket', sku: 'RJ-7' },
]
server.page('/bench/events.html', `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Field Lantern | Shop Example</title>
<link rel="stylesheet" href="/test/browser/pages/shop.css">
<script src="/dist/sharecue.js" async data-endpoint="${endpoint}"></script></head>
<body><main><h1>Field Lantern</h1>
${widgets.map((w) => `<div id="${w.id}" class="share" data-sharecue data-widget-id="${w.id}" data-channels="${w.channels}" data-url="${w.url}" data-title="${w.title}" data-sku="${w.sku}"></div>`).join('\n')}
</main></body></html>`)
server.page('/bench/blank.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>')

const bodies = []
context.on('request', (request) => {
  if (request.url() === endpoint && request.method() === 'POST') {
    const buffer = request.postDataBuffer()
    bodies.push({ bytes: buffer?.length ?? 0, events: JSON.parse(buffer?.toString('utf8') ?? '{"events":[]}').events.length, type: request.resourceType() })
  }
})

const page = await context.newPage()
await page.goto(server.url + '/bench/events.html')
await page.waitForFunction(() => ['#w-lantern', '#w-shoe', '#w-jacket'].every((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('[data-channel]')))

// 36 shares over about 5 s, in a repeatable order with human-like gaps (60 to 240 ms).
const burst = await page.evaluate(async () => {
  let seed = 7
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const targets = [['w-lantern', 'whatsapp'], ['w-lantern', 'copy'], ['w-shoe', 'facebook'], ['w-shoe', 'linkedin'],
    ['w-jacket', 'x'], ['w-lantern', 'telegram'], ['w-shoe', 'copy'], ['w-jacket', 'reddit'], ['w-lantern', 'x']]
  const made = []
  window.ShareCue.on('*', (event) => made.push(event.type))
  for (const { shadowRoot } of document.querySelectorAll('[data-sharecue]')) shadowRoot.addEventListener('click', (event) => event.preventDefault())
  const start = performance.now()
  for (let i = 0; i < 36; i++) {
    const [widget, channel] = targets[i % targets.length]
    document.getElementById(widget).shadowRoot.querySelector(`[data-channel="${channel}"]`).click()
    await new Promise((done) => setTimeout(done, 60 + random() * 180))
  }
  const clicking = performance.now() - start
  await window.ShareCue.flush()
  await new Promise((done) => setTimeout(done, 2500)) // the last timer-driven batch
  await window.ShareCue.flush()
  return { clicks: 36, clickingMs: Math.round(clicking), made: made.length }
})
const deadline = Date.now() + 5000
while (collector.counts.stored < burst.made + 3 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50))
const stored = collector.counts.stored
const totalBytes = bodies.reduce((sum, b) => sum + b.bytes, 0)
const totalEvents = bodies.reduce((sum, b) => sum + b.events, 0)
const batch = {
  clicks: burst.clicks,
  clickingMs: burst.clickingMs,
  eventsMade: burst.made + 3, // + the three widget_view events
  eventsStored: stored,
  requests: bodies.length,
  eventsPerBatch: { mean: round(totalEvents / bodies.length), median: median(bodies.map((b) => b.events)), min: Math.min(...bodies.map((b) => b.events)), max: Math.max(...bodies.map((b) => b.events)) },
  perBatch: bodies.map((b) => b.events),
  bytesPerBody: { mean: Math.round(totalBytes / bodies.length), max: Math.max(...bodies.map((b) => b.bytes)) },
  bytesPerEvent: round(totalBytes / totalEvents),
}

// ---------------------------------------------------------------------------------------------
// 2 and 3: the delivery code itself, in a page of its own, with an environment built here.
await page.goto(server.url + '/bench/blank.html')
const inPage = await page.evaluate(async ({ collectorEndpoint }) => {
  const { createDelivery } = await import('/dist/sc-delivery.js')
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'
  const id = () => Array.from(crypto.getRandomValues(new Uint8Array(21)), (b) => alphabet[b & 63]).join('')
  const channels = ['whatsapp', 'telegram', 'x', 'facebook', 'copy', 'pinterest', 'email']
  // Events as the widget makes them (contract §7).
  const events = (n) => Array.from({ length: n }, (_, i) => ({
    id: id(), type: i % 5 ? 'share_click' : 'widget_view', ts: Date.now() + i,
    page: 'https://shop.example/p/field-lantern?finish=brass',
    widget: 'E8r7c8H8pEmlkStFbz6sV', channel: i % 5 ? channels[i % channels.length] : undefined,
    shareId: i % 5 ? id() : undefined,
    product: { url: 'https://shop.example/p/field-lantern?finish=brass', title: 'Field Lantern, rechargeable', sku: 'FL-1' },
  })).map((e) => JSON.parse(JSON.stringify(e)))

  const gpcNavigator = Object.create(navigator, { globalPrivacyControl: { value: true } })
  const makeEnv = ({ gpc = false, beacon = () => true, fetch = async () => new Response(null, { status: 503 }) } = {}) => ({
    window, document, navigator: gpc ? gpcNavigator : navigator,
    now: () => Date.now(), warn() {}, open() {}, mobile: () => false,
    fetch, beacon, storage: () => localStorage,
    setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (timer) => clearTimeout(timer), random: Math.random,
  })
  const config = () => ({ endpoint: location.origin + '/bench-nowhere', consent: true, campaign: 'sharecue', dataLayer: false })
  const warnings = []
  const warn = (code) => warnings.push(code)

  // 2. Enqueue 1,000 events, 5 runs each way.
  const enqueue = (gpc) => {
    const runs = []
    const fullQueue = [] // ms per add once the queue is full (each evicts the oldest)
    let after
    for (let run = 0; run < 5; run++) {
      localStorage.clear()
      const list = events(1000)
      const delivery = createDelivery(makeEnv({ gpc }), config(), warn)
      const start = performance.now()
      for (let i = 0; i < 500; i++) delivery.add(list[i])
      const half = performance.now()
      for (let i = 500; i < list.length; i++) delivery.add(list[i])
      runs.push(performance.now() - start)
      fullQueue.push((performance.now() - half) / 500)
      delivery.stop()
      const stored = JSON.parse(localStorage.getItem('sharecue:queue') ?? 'null')
      after = { storedEvents: stored?.events?.length ?? 0, storedDropped: stored?.dropped ?? 0, storedChars: localStorage.getItem('sharecue:queue')?.length ?? 0 }
    }
    localStorage.clear()
    return { runs, fullQueue, after }
  }
  const stored = enqueue(false)
  const memory = enqueue(true)

  // 3. 500 queued, then pagehide: count the beacons.
  const fill = (env) => {
    localStorage.clear()
    const delivery = createDelivery(env, { ...config(), endpoint: collectorEndpoint }, warn)
    for (const event of events(500)) delivery.add(event)
    return delivery
  }
  const chunks = []
  const counted = fill(makeEnv({ beacon: (url, body) => { chunks.push(new TextEncoder().encode(body).length); return true } }))
  const queueBytes = new TextEncoder().encode(localStorage.getItem('sharecue:queue')).length
  const hideStart = performance.now()
  window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }))
  const hideMs = performance.now() - hideStart
  counted.stop()

  // The same with Chromium's own sendBeacon (and keepalive fetch where it refuses), to the collector.
  const real = { accepted: 0, refused: 0, fallbackFetches: 0, fallbackFailed: 0 }
  const fallbacks = []
  const live = fill(makeEnv({
    beacon: (url, body) => {
      const ok = navigator.sendBeacon(url, body)
      ok ? real.accepted++ : real.refused++
      return ok
    },
    fetch: (url, init) => {
      real.fallbackFetches++
      const attempt = fetch(url, init).catch((error) => { real.fallbackFailed++; throw error })
      fallbacks.push(attempt.catch(() => {}))
      return attempt
    },
  }))
  window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }))
  live.stop()
  await Promise.all(fallbacks)
  localStorage.clear()

  return {
    enqueue: { localStorage: stored, memory },
    beacon: { queued: 500, queueBytes, chunks: chunks.length, bytesPerChunk: chunks, pagehideMs: hideMs, real },
    warnings: [...new Set(warnings)],
  }
}, { collectorEndpoint: endpoint })

// Let the real beacons arrive.
await new Promise((done) => setTimeout(done, 1000))
const beaconStored = collector.counts.stored - stored

const ENQUEUED = 1000
const enqueueRow = (label, { runs, fullQueue, after }) => ({
  label,
  fullQueueAddMs: round(median(fullQueue), 2),
  medianMs: round(median(runs), 2),
  perEventUs: round((median(runs) * 1000) / ENQUEUED, 1), // ms → µs, per event
  runsMs: runs.map((ms) => round(ms, 1)),
  ...after,
})
const results = {
  date: new Date().toISOString(),
  environment: {
    node: process.version,
    chromium: browser.version(),
    cpus: typeof availableParallelism === 'function' ? availableParallelism() : cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    platform: `${process.platform} ${process.arch}`,
  },
  batch,
  enqueue1000: [enqueueRow('localStorage queue', inPage.enqueue.localStorage), enqueueRow('memory queue (GPC)', inPage.enqueue.memory)],
  beaconAtHide: { ...inPage.beacon, pagehideMs: round(inPage.beacon.pagehideMs, 2), realBeaconEventsStored: beaconStored },
  warnings: inPage.warnings,
  totalSeconds: 0,
}

await context.close()
await browser.close()
await closeCollector()
await server.close()
results.totalSeconds = round((Date.now() - started) / 1000, 1)

// ---------------------------------------------------------------------------------------------
const rows = [
  ['Node', results.environment.node],
  ['Chromium', results.environment.chromium],
  ['CPUs', `${results.environment.cpus} × ${results.environment.cpuModel}`],
  ['', ''],
  ['Burst', `${batch.clicks} clicks on 3 widgets in ${batch.clickingMs} ms → ${batch.eventsMade} events, ${batch.eventsStored} stored`],
  ['  requests', String(batch.requests)],
  ['  events per batch', `mean ${batch.eventsPerBatch.mean}, median ${batch.eventsPerBatch.median}, min ${batch.eventsPerBatch.min}, max ${batch.eventsPerBatch.max} (${batch.perBatch.join(', ')})`],
  ['  bytes per body', `mean ${batch.bytesPerBody.mean}, max ${batch.bytesPerBody.max}`],
  ['  bytes per event', `${batch.bytesPerEvent} (body bytes / events, envelope included)`],
  ['', ''],
  ...results.enqueue1000.flatMap((row) => [
    [`Enqueue 1,000 (${row.label})`, `median ${row.medianMs} ms = ${row.perEventUs} µs/event; runs ${row.runsMs.join(', ')} ms`],
    ['  one add, queue full', `${row.fullQueueAddMs} ms (median over runs of the mean of adds 501 to 1,000)`],
    ['  queue after', row.label.startsWith('memory') ? 'in memory (nothing stored)' : `${row.storedEvents} events stored, dropped ${row.storedDropped}, ${row.storedChars} chars`],
  ]),
  ['', ''],
  ['Page hide, 500 queued', `${results.beaconAtHide.queueBytes} bytes queued → ${results.beaconAtHide.chunks} beacon chunks`],
  ['  bytes per chunk', results.beaconAtHide.bytesPerChunk.join(', ')],
  ['  pagehide handler', `${results.beaconAtHide.pagehideMs} ms`],
  ['  real sendBeacon', `${results.beaconAtHide.real.accepted} accepted, ${results.beaconAtHide.real.refused} refused; keepalive fetch fallbacks ${results.beaconAtHide.real.fallbackFetches} (${results.beaconAtHide.real.fallbackFailed} failed); ${beaconStored} events reached the collector`],
  ['', ''],
  ['Total run time', `${results.totalSeconds} s`],
]
const width = Math.max(...rows.map(([label]) => label.length))
console.log('sharecue events benchmark')
for (const [label, value] of rows) console.log(label ? `${label.padEnd(width)}  ${value}` : '')
if (results.warnings.length) console.log(`warnings: ${results.warnings.join(', ')}`)

mkdirSync(resultsDir, { recursive: true })
writeFileSync(`${resultsDir}events.json`, JSON.stringify(results, null, 2) + '\n')
console.log(`\nwritten to bench/results/events.json`)

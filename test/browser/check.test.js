// ShareCue.check() on the shipped script tag: it loads sc-check.js only when called, as a
// classic script, so it runs (and says so) where the module parts are refused for want of CORS;
// it reports each thing a merchant gets wrong with its fix, prints the report once, and sends
// the endpoint an empty batch, never an event.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()

const EMPTY_BATCH = '{"v":1,"events":[]}'

const pageWith = ({ src = '/dist/sharecue.js', endpoint = '', head = '', deadline = '2099-12-01T23:59:00+01:00' }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Field Lantern | Shop Example</title>
${head}
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Field Lantern",
 "offers":{"@type":"Offer","price":"39.00","priceCurrency":"EUR","priceValidUntil":"${deadline}"}}</script>
<script src="${src}" async${endpoint ? ` data-endpoint="${endpoint}"` : ''}></script></head>
<body><main><h1>Field Lantern</h1><div id="share" data-sharecue data-channels="whatsapp,x,copy"></div></main></body></html>`

/** Runs check() in the page: its findings as code → level, the whole list, and the console messages it printed. */
const runCheck = async (s) => {
  const before = s.console.length
  const findings = await s.page.evaluate(() => window.ShareCue.check())
  await s.page.waitForTimeout(50)
  const printed = s.console.slice(before).filter((m) => m.text.startsWith('[sharecue] check:'))
  return { levels: Object.fromEntries(findings.map((f) => [f.code, f.level])), findings, printed }
}

test('a page with a passed deadline, no canonical URL, no og:image, and the script and its parts on a CDN without CORS: each is reported with its fix', async () => {
  const cdn = `http://localhost:${h.server.port}`
  const received = []
  h.server.route('POST', '/check-events', (_req, res, body) => {
    received.push(body)
    // An endpoint that sends no CORS headers: it refuses the page's origin.
    res.writeHead(204).end()
  })
  const s = await h.open('/check/bad.html', { html: pageWith({ src: `${cdn}/dist/sharecue.js`, endpoint: `${cdn}/check-events`, deadline: '2025-01-31' }) })
  // The second origin is this test's own server under another name: let it through.
  await s.context.route(`${cdn}/**`, (route) => route.continue())
  await s.page.reload()
  await waitForWidget(s.page, '#share', { session: s })
  assert.equal(await s.page.evaluate(() => 'ShareCue' in window && !('__scCheck' in window)), true, 'sc-check.js is not loaded before check() is called')

  const { levels, findings, printed } = await runCheck(s)
  assert.deepEqual(levels, { chunks: 'error', endpoint: 'error', canonical: 'warning', 'json-ld': 'ok', deadline: 'warning', 'og-image': 'warning', space: 'ok' })
  const by = Object.fromEntries(findings.map((f) => [f.code, f]))
  assert.match(by.chunks.message, /sc-app\.js is served without Access-Control-Allow-Origin for http:\/\/127\.0\.0\.1:\d+/)
  assert.match(by.chunks.fix, /send "Access-Control-Allow-Origin: \*"/)
  assert.match(by.endpoint.message, /answers without Access-Control-Allow-Origin/)
  assert.match(by.deadline.message, /2025-01-31 \(the JSON-LD offer's priceValidUntil\) has passed/)
  assert.match(by.canonical.fix, /<link rel="canonical"/)
  assert.match(by['og-image'].fix, /<meta property="og:image"/)
  for (const f of findings) assert.equal(f.level === 'ok', f.fix === '', `${f.code}: a fix exactly when something is wrong`)

  // Printed once, as one error-level message holding every finding.
  assert.equal(printed.length, 1, `one report: ${JSON.stringify(printed)}`)
  assert.equal(printed[0].type, 'error')
  assert.match(printed[0].text, /^\[sharecue\] check: 2 error\(s\), 3 warning\(s\), 2 fine\n✗ chunks: /)
  // sc-check.js came from the CDN as a classic script, without CORS.
  assert.ok(s.server.requests.some((r) => r.pathname === '/dist/sc-check.js' && r.status === 200 && String(r.headers.host).startsWith('localhost')))
  // The endpoint got empty batches from the check, never an event from it.
  assert.ok(received.includes(EMPTY_BATCH), 'the check posted an empty batch')
  s.assertNoPageErrors()
  h.server.unroute('POST', '/check-events')
})

test('a good page (canonical, og:image, a JSON-LD product, a deadline ahead, parts beside the script, an endpoint that takes the page) has no error and no warning', async () => {
  const received = []
  h.server.route('POST', '/check-events', (_req, res, body) => {
    received.push(body)
    res.writeHead(204).end()
  })
  const s = await h.open('/check/good.html', {
    html: pageWith({
      endpoint: '/check-events',
      head: '<link rel="canonical" href="https://shop.example/p/field-lantern">\n<meta property="og:image" content="https://shop.example/img/field-lantern.jpg">',
    }),
  })
  await waitForWidget(s.page, '#share', { session: s })
  const { levels, printed } = await runCheck(s)
  assert.deepEqual(levels, { chunks: 'ok', endpoint: 'ok', canonical: 'ok', 'json-ld': 'ok', deadline: 'ok', 'og-image': 'ok', space: 'ok' })
  assert.equal(printed.length, 1)
  assert.equal(printed[0].type, 'info')
  assert.match(printed[0].text, /^\[sharecue\] check: 0 error\(s\), 0 warning\(s\), 7 fine/)
  // The widget's own batches (its widget_view) may arrive too; the check's is the empty one.
  assert.equal(received.filter((body) => body === EMPTY_BATCH).length, 1, 'the check posted one empty batch')
  assert.ok(received.every((body) => body === EMPTY_BATCH || JSON.parse(body).events.length > 0))
  // A second run loads the check again and reports again, once.
  const again = await runCheck(s)
  assert.equal(again.printed.length, 1)
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
  h.server.unroute('POST', '/check-events')
})

test('parts on a CDN that sends CORS, under a CSP whose script-src allows the CDN and whose connect-src does not: the lazy parts are ok (the check imports them as the script does)', async () => {
  const cdn = `http://localhost:${h.server.port}`
  const path = '/check/cdn-csp.html'
  h.server.page(path, pageWith({
    src: `${cdn}/dist/sharecue.js`,
    head: '<link rel="canonical" href="https://shop.example/p/field-lantern">\n<meta property="og:image" content="https://shop.example/img/field-lantern.jpg">',
  }), { 'content-security-policy': `script-src 'self' ${cdn}; connect-src 'self'` })
  const s = await h.open(path)
  // The CDN: this test's server under another name, adding the CORS header a CDN would send.
  await s.context.route(`${cdn}/**`, async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } })
  })
  await s.page.reload()
  await waitForWidget(s.page, '#share', { session: s })
  const { levels } = await runCheck(s)
  assert.deepEqual(levels, { chunks: 'ok', endpoint: 'ok', canonical: 'ok', 'json-ld': 'ok', deadline: 'ok', 'og-image': 'ok', space: 'ok' })
  assert.ok(s.server.requests.some((r) => r.path === '/dist/sc-app.js?check' && String(r.headers.host).startsWith('localhost')), 'the check imported sc-app.js?check from the CDN')
  s.assertNoPageErrors()
})

test('a widget taller than the height its page reserves (six labelled buttons in a narrow column) is reported with the min-height it needs; with it, the page does not shift', async () => {
  /** The page, its share row in a 260 px column, reserving `reserve` (none: the widget's own 40 px). */
  const narrow = (reserve = '') => pageWith({ head: `<style>#share { width: 260px; ${reserve} }</style>` })
    .replace('data-channels="whatsapp,x,copy"', 'data-channels="facebook,x,whatsapp,telegram,linkedin,email"')
    .replace('</main>', '<p id="below">Free shipping over 50 EUR.</p></main>')
  /** Layout shifts of the page until the widget is painted and settled. */
  const shifts = (s) => s.page.evaluate(() => new Promise((done) => {
    let total = 0
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value }).observe({ type: 'layout-shift', buffered: true })
    setTimeout(() => done(total), 300)
  }))
  const s = await h.open('/check/narrow.html', { html: narrow() })
  await waitForWidget(s.page, '#share', { session: s })
  assert.ok(await shifts(s) > 0, 'the unreserved row shifts the text below it')
  const { levels, findings } = await runCheck(s)
  assert.equal(levels.space, 'warning')
  const needed = /#share \{ min-height: (\d+)px \}/.exec(findings.find((f) => f.code === 'space').fix)?.[1]
  assert.ok(needed && +needed > 40, `the fix names the min-height #share needs: ${findings.find((f) => f.code === 'space').fix}`)

  // The merchant follows the fix: no shift, and the check is content.
  const fixed = await h.open('/check/narrow-fixed.html', { html: narrow(`min-height: ${needed}px;`) })
  await waitForWidget(fixed.page, '#share', { session: fixed })
  assert.equal(await shifts(fixed), 0, 'a page that reserves the height does not shift')
  assert.equal((await runCheck(fixed)).levels.space, 'ok')
  s.assertNoPageErrors()
  fixed.assertNoPageErrors()
})

test('where sc-check.js itself does not load, check() rejects with an Error naming the file', async () => {
  h.server.route('GET', '/dist/sc-check.js', (_req, res) => res.writeHead(404).end())
  const s = await h.open('/check/no-check.html', { html: pageWith({}) })
  await waitForWidget(s.page, '#share', { session: s })
  const outcome = await s.page.evaluate(() => window.ShareCue.check().then(() => 'resolved', (error) => `${error.name}: ${error.message}`))
  assert.match(outcome, /^Error: http:\/\/127\.0\.0\.1:\d+\/dist\/sc-check\.js did not load$/)
  s.assertNoPageErrors()
  h.server.unroute('GET', '/dist/sc-check.js')
})

test('under a nonce-only CSP (no strict-dynamic) check() loads sc-check.js with the script tag\'s nonce, runs, and leaves no global or element behind', async () => {
  const nonce = 'c2hhcmVjdWUtY2hlY2s'
  const path = '/check/nonce.html'
  h.server.page(path, pageWith({}).replace('<script src=', `<script nonce="${nonce}" src=`), { 'content-security-policy': `script-src 'nonce-${nonce}'` })
  const s = await h.open(path)
  await s.page.waitForFunction(() => typeof window.ShareCue?.check === 'function')
  const outcome = await s.page.evaluate(() => window.ShareCue.check().then((findings) => findings.map((f) => f.code), (error) => `rejected: ${error.message}`))
  assert.ok(Array.isArray(outcome), `check() ran: ${JSON.stringify(outcome)}`)
  assert.ok(outcome.includes('chunks'), 'it reports on the lazy parts, which this policy keeps out')
  const left = await s.page.evaluate(() => ({ global: '__scCheck' in window, element: !!document.querySelector('script[src$="sc-check.js"]') }))
  assert.deepEqual(left, { global: false, element: false })
  assert.ok(s.server.requests.some((r) => r.pathname === '/dist/sc-check.js'), 'sc-check.js was requested')
  s.assertNoPageErrors()
})

test('markup that shadows document.createElement and document.head (an <img name> in a review) does not stop check()', async () => {
  const path = '/check/clobbered.html'
  h.server.page(path, pageWith({}).replace('</main>', '<img name="createElement" src="/test/browser/pages/img/trail-shoe.svg"><img name="head" src="/test/browser/pages/img/trail-shoe.svg"></main>'))
  const s = await h.open(path)
  await waitForWidget(s.page, '#share', { session: s })
  const outcome = await s.page.evaluate(() => window.ShareCue.check().then((findings) => findings.map((f) => f.code), (error) => `rejected: ${error.message}`))
  assert.ok(Array.isArray(outcome) && outcome.includes('chunks'), `check() ran: ${JSON.stringify(outcome)}`)
  assert.equal(await s.page.evaluate(() => '__scCheck' in window), false)
  s.assertNoPageErrors()
})

// Merchant pages with strict or unusual browser policies: Cross-Origin-Embedder-Policy,
// Trusted Types, a Permissions-Policy that blocks the Clipboard API, a sandboxed frame, <base href>. The widget renders what the policy lets through, never a broken part, and
// ShareCue.check() runs or says why not.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { controls, focused, inShadow, settle, sleep, useBrowser, waitForWidget } from './harness.js'
import { ROOT } from './server.js'
import { productHtml } from './fixtures.js'

const h = useBrowser()

/** Runs before any page script (through DevTools, so the policy does not apply to it). */
const recordViolations = () => {
  window.__violations = []
  document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.effectiveDirective} ${event.blockedURI}`), true)
}

test('under Cross-Origin-Embedder-Policy: require-corp, a card photo from a CDN without Cross-Origin-Resource-Policy is left out of the card, not shown as a broken image', async () => {
  // The CDN is this test's own server under another name: let it through.
  const cdn = `http://localhost:${h.server.port}`
  const photo = `${cdn}/test/browser/pages/img/beanie.svg`
  const html = productHtml({ channels: 'copy,x', attributes: `data-card="true" data-price="39" data-currency="EUR" data-image="${photo}"` })
  h.server.page('/coep/card.html', html, { 'cross-origin-embedder-policy': 'require-corp', 'cross-origin-opener-policy': 'same-origin' })
  const s = await h.open('/coep/blank.html', { html: '<!doctype html><title>blank</title>' })
  await s.context.route(`${cdn}/**`, (route) => route.continue())
  await s.page.goto(h.url('/coep/card.html'))
  await waitForWidget(s.page, '#share', { session: s, card: true })
  // The browser asked for the photo and refused it (COEP), so it has no pixels.
  await s.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/beanie.svg')))
  await settle(s)
  assert.equal(await s.page.evaluate(() => window.crossOriginIsolated), true, 'the page is cross-origin isolated')
  const card = await inShadow(s.page, '#share', (root) => {
    const el = root.querySelector('[data-part="card"]')
    const img = el.querySelector('img')
    return {
      photo: img ? { loaded: img.naturalWidth > 0, width: img.getBoundingClientRect().width } : null,
      title: el.querySelector('.ct')?.textContent,
      price: el.querySelector('[data-part="price"]')?.textContent,
    }
  })
  assert.ok(!card.photo || card.photo.loaded || card.photo.width === 0, `a photo that did not load takes no room: ${JSON.stringify(card.photo)}`)
  assert.equal(card.title, 'Field Lantern')
  assert.match(card.price, /39/)
  s.assertNoPageErrors()
})

/** Google's strict CSP (nonce, strict-dynamic, Trusted Types), with the script tag's nonce. */
const strictCsp = (trustedTypes = '') => "script-src 'nonce-r4nd0m' 'strict-dynamic'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'" + trustedTypes
const strictPage = productHtml({ channels: 'copy,x' }).replace('<script src="/dist/sharecue.js" async>', '<script src="/dist/sharecue.js" async nonce="r4nd0m">')

/** Calls ShareCue.check() `times` times; each call's findings as `code:level`, or its rejection. */
const runCheck = (page, times = 1) => page.evaluate(async (n) => {
  const outcomes = []
  for (let i = 0; i < n; i++) {
    outcomes.push(await window.ShareCue.check().then((findings) => findings.map((f) => `${f.code}:${f.level}`), (error) => `rejected: ${error}`))
  }
  return outcomes
}, times)

for (const [what, list] of [['no trusted-types list', ''], ['a trusted-types list naming sharecue', '; trusted-types shop sharecue']]) {
  test(`under Trusted Types (require-trusted-types-for 'script', ${what}) ShareCue.check() loads sc-check.js and reports, twice, with no violation`, async () => {
    const path = `/trusted-types/check-${list ? 'list' : 'any'}.html`
    h.server.page(path, strictPage, { 'content-security-policy': strictCsp(list) })
    const s = await h.open(path, { initScript: recordViolations })
    await waitForWidget(s.page, '#share', { session: s })
    const outcomes = await runCheck(s.page, 2)
    for (const outcome of outcomes) {
      assert.ok(Array.isArray(outcome), `check() ran: ${outcome}`)
      assert.ok(outcome.includes('chunks:ok'), `the lazy parts load under the policy: ${outcome}`)
    }
    assert.deepEqual(await s.page.evaluate(() => window.__violations), [])
    s.assertNoPageErrors()
  })
}

test('under Trusted Types with a trusted-types list that leaves sharecue out, ShareCue.check() rejects naming the policy to add, and the widget still works', async () => {
  const path = '/trusted-types/check-refused.html'
  h.server.page(path, strictPage, { 'content-security-policy': strictCsp('; trusted-types shop') })
  const s = await h.open(path, { initScript: recordViolations })
  await waitForWidget(s.page, '#share', { session: s })
  const [outcome] = await runCheck(s.page)
  assert.equal(typeof outcome, 'string', `check() rejected: ${JSON.stringify(outcome)}`)
  assert.match(outcome, /^rejected: .*"sharecue"/, 'the rejection names the policy the page must allow')
  assert.equal(h.server.requests.filter((r) => r.pathname === '/dist/sc-check.js').length, 0)
  s.assertNoPageErrors()
})

test('under Permissions-Policy: clipboard-write=(), Enter on Copy copies through the fallback, says so, and leaves the focus on Copy, in both stages', async () => {
  const path = '/permissions-policy/copy.html'
  h.server.page(path, productHtml({ channels: 'x,copy,whatsapp', text: false, attributes: 'data-price="39" data-currency="EUR"' }), { 'permissions-policy': 'clipboard-write=()' })
  const countCopies = () => { window.__copies = 0; document.addEventListener('copy', () => window.__copies++, true) }
  const s = await h.open(path, { permissions: ['clipboard-read'], initScript: countCopies })
  await waitForWidget(s.page, '#share', { session: s })
  assert.equal(await s.page.evaluate(() => navigator.clipboard.writeText('x').then(() => 'written', (e) => e.name)), 'NotAllowedError', 'the policy blocks the Clipboard API')
  // The first press is served by the first stage; it asks for the full widget, which serves the second.
  for (const [copies, stage] of [[1, 'first stage'], [2, 'full widget']]) {
    // The full widget took over once the X link carries the priced copy (the first stage's is plain).
    if (copies === 2) await s.page.waitForFunction(() => /€39\.00/.test(decodeURIComponent(document.getElementById('share').shadowRoot.querySelector('[data-channel="x"]').href)))
    await s.page.locator('#share [data-channel="copy"]').focus()
    await s.page.keyboard.press('Enter')
    await s.page.waitForFunction((n) => window.__copies === n, copies)
    await s.page.waitForFunction(() => /Link copied/.test(document.getElementById('share').shadowRoot.querySelector('[role="status"]')?.textContent))
    assert.match(await s.page.evaluate(() => navigator.clipboard.readText()), /^https:\/\/shop\.example\/p\/field-lantern\?.*utm_source=copy/, `${stage}: copied`)
    assert.deepEqual(await focused(s.page), { host: 'share', channel: 'copy', tag: 'button' }, `${stage}: the focus stays on Copy`)
  }
  s.assertNoPageErrors()
})

test('where the Clipboard API and its fallback both fail, Copy in the "Ask my friends" panel says so and warns SC304, as the widget\'s own Copy does', async () => {
  const refuse = () => {
    if (typeof Clipboard !== 'undefined') Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))
    Document.prototype.execCommand = () => false
  }
  const path = '/permissions-policy/ask-copy.html'
  h.server.page(path, productHtml({ channels: 'x,copy', attributes: 'data-ask="true"' }), { 'permissions-policy': 'clipboard-write=()' })
  const s = await h.open(path, { initScript: refuse })
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.locator('#share [data-part=ask]').click()
  await s.page.locator('#share [data-ask-channel=copy]').click()
  await s.page.waitForFunction(() => /Copy failed/.test(document.getElementById('share').shadowRoot.querySelector('[role="status"]')?.textContent))
  const end = performance.now() + 3000
  while (!s.codes.includes('SC304') && performance.now() < end) await sleep(25)
  assert.deepEqual(s.codes, ['SC304'])
  s.assertNoPageErrors()
})

test('in a frame sandboxed without allow-same-origin, check() names the origin the browser sends (null), not the address\'s, in the endpoint\'s finding and its fix', async () => {
  // The endpoint does what check() advised before: it allows the address's origin by name.
  h.server.route('POST', '/sandboxed/events', (_req, res) => res.writeHead(204, { 'access-control-allow-origin': h.server.origin }).end())
  const inner = productHtml({ channels: 'x,copy' }).replace('<script src="/dist/sharecue.js" async>', '<script src="/dist/sharecue.js" async data-endpoint="/sandboxed/events">')
  h.server.page('/sandboxed/product.html', inner)
  const s = await h.open('/sandboxed/outer.html', { html: '<!doctype html><title>Outer</title><iframe sandbox="allow-scripts" src="/sandboxed/product.html" width="800" height="400"></iframe>' })
  const frame = s.page.frames().find((f) => f.url().endsWith('/sandboxed/product.html'))
  await frame.waitForFunction(() => window.ShareCue?.check)
  assert.equal(await frame.evaluate(() => self.origin), 'null', 'the frame\'s origin is opaque')
  const endpoint = await frame.evaluate(() => window.ShareCue.check().then((findings) => findings.find((f) => f.code === 'endpoint')))
  assert.equal(endpoint.level, 'error')
  const said = `${endpoint.message} ${endpoint.fix}`
  for (const words of [`for ${h.server.origin}`, `from ${h.server.origin}`, `Origin: ${h.server.origin}`]) {
    assert.ok(!said.includes(words), `the finding names the address's origin, which the endpoint already allows: ${said}`)
  }
  assert.match(endpoint.message, /without Access-Control-Allow-Origin for null\b/)
  s.assertNoPageErrors()
})

test('on a page with <base href> (an Angular app\'s, say), relative data-image and canonical resolve as the page\'s own URLs do: the card shows the photo, Pinterest gets it, links share the canonical', async () => {
  const photo = readFileSync(join(ROOT, 'test/browser/pages/img/beanie.svg'))
  h.server.route('GET', '/app/assets/lantern.svg', (_req, res) => res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(photo))
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Field Lantern</title>
<base href="/app/">
<link rel="canonical" href="products/field-lantern">
<script src="/dist/sharecue.js" async></script></head>
<body><img id="own" src="assets/lantern.svg" alt="">
<div id="share" data-sharecue data-card="true" data-price="39" data-currency="EUR" data-image="assets/lantern.svg" data-channels="pinterest,x"></div></body></html>`
  const s = await h.open('/app/products/field-lantern', { html })
  await waitForWidget(s.page, '#share', { session: s, card: true })
  await s.page.waitForFunction(() => document.getElementById('own').complete)
  assert.ok(await s.page.evaluate(() => document.getElementById('own').naturalWidth > 0), 'the page\'s own <img> with the same src loads')
  await s.page.waitForFunction(() => document.getElementById('share').shadowRoot.querySelector('[data-part="card"] img')?.complete)
  const card = await inShadow(s.page, '#share', (root) => { const img = root.querySelector('[data-part="card"] img'); return { src: img.src, loaded: img.naturalWidth > 0 } })
  assert.deepEqual(card, { src: h.url('/app/assets/lantern.svg'), loaded: true })
  const pinterest = new URL((await controls(s.page, '#share'))[0].href)
  assert.equal(pinterest.searchParams.get('media'), h.url('/app/assets/lantern.svg'))
  assert.equal(new URL(pinterest.searchParams.get('url')).pathname, '/app/products/field-lantern')
  s.assertNoPageErrors()
})

test('where localStorage reading throws SecurityError (site data blocked after the page loaded), events still reach the endpoint, flush() resolves, nothing is thrown into the page', async () => {
  const received = []
  h.server.route('POST', '/storage-denied/events', (_req, res, body) => {
    received.push(...JSON.parse(body).events)
    res.writeHead(204).end()
  })
  const deny = () => {
    Storage.prototype.getItem = function () { throw new DOMException('Access is denied for this document.', 'SecurityError') }
  }
  const html = productHtml({ channels: 'x,copy' }).replace('<script src="/dist/sharecue.js" async>', '<script src="/dist/sharecue.js" async data-endpoint="/storage-denied/events">')
  const s = await h.open('/storage-denied/page.html', { html, initScript: deny })
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.locator('#share [data-channel="x"]').click()
  const flushed = await s.page.evaluate(() => window.ShareCue.flush().then(() => 'resolved', (error) => `rejected: ${error}`))
  assert.equal(flushed, 'resolved')
  await settle(s)
  assert.ok(received.some((e) => e.type === 'share_click' && e.channel === 'x'), `the click reached the endpoint: ${JSON.stringify(received.map((e) => e.type))}`)
  s.assertNoPageErrors()
  h.server.unroute('POST', '/storage-denied/events')
})

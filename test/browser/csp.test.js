// A strict Content-Security-Policy: the widget, its lazy icons, the QR code and the Mastodon
// field render without a single violation (adopted stylesheets, no inline style or script).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { focused, inShadow, settle, useBrowser, waitForWidget } from './harness.js'
import { productHtml } from './fixtures.js'
import { poll } from './pages/events-kit.js'

const h = useBrowser()
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'"
const CHANNELS = ['whatsapp', 'x', 'wechat', 'copy', 'mastodon', 'viber']
const PATH = '/inline/csp.html'

// No inline script, no inline style, no style attribute: the page itself obeys the policy.
const html = productHtml({
  channels: CHANNELS.join(','),
  text: false,
  after: `<p>A rechargeable lantern for camping.</p>`,
})

/** Runs before any page script (through DevTools, so the policy does not apply to it). */
const recordViolations = () => {
  window.__violations = []
  const record = (event) => window.__violations.push({
    directive: event.effectiveDirective || event.violatedDirective,
    blocked: event.blockedURI,
    source: event.sourceFile,
    line: event.lineNumber,
    sample: event.sample,
  })
  window.addEventListener('securitypolicyviolation', record, true)
  document.addEventListener('securitypolicyviolation', record, true)
}

const open = async () => {
  h.server.page(PATH, html, { 'content-security-policy': CSP })
  const s = await h.open(PATH, { initScript: recordViolations })
  await waitForWidget(s.page, '#share', { session: s })
  return s
}

/** Violations seen by the page's listener, plus console errors (Chromium logs every refusal there). */
const problems = async (s) => {
  const violations = await s.page.evaluate(() => window.__violations)
  // Duplicates: one event can reach both listeners (window and document, capture).
  const unique = [...new Set(violations.map((v) => JSON.stringify(v)))]
  const errors = s.console.filter((m) => m.type === 'error').map((m) => `console.error: ${m.text}`)
  return [...unique, ...errors]
}

/** Every control has an icon with path data, and the controls' computed styles. */
const controlState = (page) => inShadow(page, '#share', (root) => [...root.querySelectorAll('[data-channel]')].map((el) => {
  const style = getComputedStyle(el)
  return {
    channel: el.getAttribute('data-channel'),
    icon: !!el.querySelector('svg path[d]'),
    display: style.display,
    height: style.height,
  }
}))

const waitForIcons = (page) => page.waitForFunction(() => {
  const all = [...(document.getElementById('share').shadowRoot?.querySelectorAll('[data-channel]') ?? [])]
  return all.length > 0 && all.every((el) => el.querySelector('svg path[d]'))
}).catch(() => {})

test('the page is served with the strict policy, and a style attribute set on it is refused and recorded (the listener works)', async () => {
  const s = await open()
  const response = await s.context.request.get(h.url(PATH))
  assert.equal(response.headers()['content-security-policy'], CSP)
  // A violation provoked on purpose: the recorder must see it, or "zero violations" below means nothing.
  await s.page.evaluate(() => {
    const el = document.createElement('div')
    el.setAttribute('style', 'color: red')
    document.body.appendChild(el)
  })
  await s.page.waitForFunction(() => window.__violations.length > 0, null, { timeout: 2000 }).catch(() => {})
  const seen = await s.page.evaluate(() => window.__violations.map((v) => v.directive))
  assert.ok(seen.some((d) => d.startsWith('style-src')), `a style attribute should violate style-src; saw ${JSON.stringify(seen)}`)
  s.assertNoPageErrors()
})

test('under a strict CSP the widget renders every control with its lazily loaded icon and its adopted styles, with zero violations', async () => {
  const s = await open()
  await waitForIcons(s.page)
  await settle(s)
  const state = await controlState(s.page)
  assert.deepEqual(state.map((c) => c.channel), CHANNELS)
  assert.deepEqual(state.filter((c) => !c.icon).map((c) => c.channel), [], 'controls without an svg path')
  for (const c of state) {
    assert.equal(c.display, 'inline-flex', `${c.channel}: display`)
    assert.equal(c.height, '40px', `${c.channel}: height`)
  }
  // The lazy icons came from the script's folder (script-src 'self').
  assert.ok(h.server.requests.some((r) => /^\/dist\/sc-icon-/.test(r.pathname) && r.status === 200), 'at least one lazily loaded icon')
  assert.deepEqual(await problems(s), [])
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('under a strict CSP the WeChat dialog draws its lazily loaded QR code with zero violations', async () => {
  const s = await open()
  await waitForIcons(s.page)
  await s.page.locator('#share [data-channel="wechat"]').click()
  await s.page.waitForFunction(() => !!document.getElementById('share').shadowRoot.querySelector('dialog[open] svg[role="img"] path[d]'))
  await settle(s)
  assert.ok(h.server.requests.some((r) => r.pathname === '/dist/sc-qr.js' && r.status === 200), 'the QR encoder was loaded')
  const dialog = await inShadow(s.page, '#share', (root) => {
    const d = root.querySelector('dialog[open]')
    const style = getComputedStyle(d)
    return { svgWidth: d.querySelector('svg').getBoundingClientRect().width, radius: style.borderTopLeftRadius }
  })
  // The lazily adopted dialog styles applied (220px QR code, rounded dialog).
  assert.deepEqual(dialog, { svgWidth: 220, radius: '12px' })
  assert.deepEqual(await problems(s), [])

  await s.page.keyboard.press('Escape')
  await s.page.waitForFunction(() => !document.getElementById('share').shadowRoot.querySelector('dialog[open]'))
  assert.deepEqual(await focused(s.page), { host: 'share', channel: 'wechat', tag: 'button' })
  assert.deepEqual(await problems(s), [])
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('under a strict CSP clicking mastodon shows its lazily loaded server field, styled, with zero violations', async () => {
  const s = await open()
  await waitForIcons(s.page)
  await s.page.locator('#share [data-channel="mastodon"]').click()
  await s.page.waitForFunction(() => !!document.getElementById('share').shadowRoot.querySelector('form input[name="host"]'))
  await settle(s)
  const field = await inShadow(s.page, '#share', (root) => {
    const input = root.querySelector('form input[name="host"]')
    return { height: getComputedStyle(input).height, formDisplay: getComputedStyle(input.form).display }
  })
  assert.deepEqual(field, { height: '40px', formDisplay: 'flex' })
  const state = await controlState(s.page)
  assert.deepEqual(state.filter((c) => !c.icon).map((c) => c.channel), [])
  assert.deepEqual(await problems(s), [])
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('under the policy a merchant needs (README: script-src, style-src and img-src \'self\', no unsafe-*), a widget with its card shares: the copy completes, events reach a same-origin endpoint, zero violations', async () => {
  const policy = "script-src 'self'; style-src 'self'; img-src 'self' data:"
  const path = '/inline/csp-share.html'
  const received = []
  h.server.route('POST', '/csp-events', (_req, res, body) => {
    received.push(...JSON.parse(body).events)
    res.writeHead(204).end()
  })
  const page = productHtml({
    channels: 'copy,x,whatsapp',
    text: false,
    attributes: 'data-card="true" data-image="/test/browser/pages/img/beanie.svg" data-price="29" data-original-price="39" data-currency="EUR" data-stock="3"',
  }).replace('<script src="/dist/sharecue.js" async>', '<script src="/dist/sharecue.js" async data-endpoint="/csp-events">')
  h.server.page(path, page, { 'content-security-policy': policy })
  const s = await h.open(path, { initScript: recordViolations, permissions: ['clipboard-read', 'clipboard-write'] })
  await waitForWidget(s.page, '#share', { session: s })
  // The card's photo loaded (img-src 'self').
  await s.page.waitForFunction(() => document.getElementById('share').shadowRoot.querySelector('[data-part="card"] img')?.naturalWidth > 0)
  await s.page.locator('#share [data-channel="copy"]').click()
  await s.page.waitForFunction(async () => /scid=/.test(await navigator.clipboard.readText()))
  await s.page.evaluate(() => window.ShareCue.flush())
  await poll(() => received.some((e) => e.type === 'share_complete'), { message: 'the share_complete at the endpoint' })
  assert.deepEqual(['widget_view', 'share_click', 'share_complete'].filter((type) => !received.some((e) => e.type === type && (type === 'widget_view' || e.channel === 'copy'))), [],
    `events at the endpoint: ${JSON.stringify(received.map((e) => `${e.type} ${e.channel ?? ''}`))}`)
  await settle(s)
  assert.deepEqual(await problems(s), [])
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
  h.server.unroute('POST', '/csp-events')
})

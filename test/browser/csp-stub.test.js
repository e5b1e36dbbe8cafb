// Calls before the script loads, under a strict Content-Security-Policy (README: "Calls before
// the script loads"): the README's inline stub allowed by the hash the README states, and the
// stub-free way (data-* attributes, the page's own script file and the sharecue:ready event).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { settle, useBrowser, waitForWidget } from './harness.js'
import { ROOT } from './server.js'

const h = useBrowser()

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const section = readme.slice(readme.indexOf('### Calls before the script loads'), readme.indexOf('## The npm module'))
/** The stub as the README shows it, verbatim, and the hash the README gives for it. */
const STUB = /```html\n<script>([^]*?)<\/script>\n```/.exec(section)[1]
const HASH = /'sha256-[A-Za-z0-9+/=]+'/.exec(section)[0]
/** The README's helper for the stub-free way, verbatim. */
const SETUP = /```js\n( *\/\/ share-setup\.js[^]*?)```/.exec(section)[1].replace(/^ {3}/gm, '')

const policy = (scriptSrc) => `default-src 'none'; script-src ${scriptSrc}; style-src 'self'; img-src 'self' data:; connect-src 'self'`

/** Runs before any page script (through DevTools, so the policy does not apply to it). */
const recordViolations = () => {
  window.__violations = []
  document.addEventListener('securitypolicyviolation', (event) => window.__violations.push({
    directive: event.effectiveDirective || event.violatedDirective, blocked: event.blockedURI, sample: event.sample,
  }), true)
}

/** Violations the page saw, and console errors (Chromium logs every refusal there). */
const problems = async (s) => [
  ...(await s.page.evaluate(() => window.__violations)).map((v) => JSON.stringify(v)),
  ...s.console.filter((m) => m.type === 'error').map((m) => `console.error: ${m.text}`),
]

const target = '<div id="share" data-sharecue data-url="https://shop.example/p/field-lantern" data-title="Field Lantern" data-channels="copy,x"></div>'

/** A page with the README's stub inline, queued calls from a file of the page's own, and the async script last. */
const stubPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Field Lantern | Shop Example</title>
<script>${STUB}</script>
<script src="/csp-stub/queued-calls.js"></script>
</head><body><main><h1>Field Lantern</h1>${target}</main>
<script src="/dist/sharecue.js" async></script></body></html>`

const queuedCalls = `window.__clicks = []
ShareCue.on('share_click', function (event) { window.__clicks.push(event.channel + ' ' + event.shareId) })
ShareCue.configure({ campaign: 'queued' })
window.__queued = ShareCue.q.map(function (call) { return call[0] })`

const serveStubPage = (path, scriptSrc) => {
  h.server.route('GET', '/csp-stub/queued-calls.js', (_req, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(queuedCalls))
  h.server.page(path, stubPage, { 'content-security-policy': policy(scriptSrc) })
}

test('the README\'s stub, allowed by the hash the README gives, queues calls that run once the script loads: a queued on() handler gets the share_click, with zero violations', async () => {
  serveStubPage('/csp-stub/hash.html', `'self' ${HASH}`)
  const s = await h.open('/csp-stub/hash.html', { initScript: recordViolations, permissions: ['clipboard-read', 'clipboard-write'] })
  await waitForWidget(s.page, '#share', { session: s })
  assert.deepEqual(await s.page.evaluate(() => window.__queued), ['on', 'configure'], 'the stub took the calls before the script loaded')
  await s.page.locator('#share [data-channel="copy"]').click()
  await s.page.waitForFunction(() => window.__clicks.length > 0)
  const [click] = await s.page.evaluate(() => window.__clicks)
  assert.match(click, /^copy [\w-]{21}$/)
  // The queued configure() ran too: the copied link carries its campaign.
  await s.page.waitForFunction(async () => /utm_campaign=queued/.test(await navigator.clipboard.readText()))
  await settle(s)
  assert.deepEqual(await problems(s), [])
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('with another hash in the policy the stub is refused and the refusal is seen (the violation listener works)', async () => {
  serveStubPage('/csp-stub/wrong-hash.html', "'self' 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='")
  const s = await h.open('/csp-stub/wrong-hash.html', { initScript: recordViolations })
  await s.page.waitForFunction(() => window.__violations.length > 0)
  const seen = await s.page.evaluate(() => window.__violations.map((v) => v.directive))
  assert.ok(seen.includes('script-src-elem'), `an inline script refused by script-src: ${JSON.stringify(seen)}`)
})

/** A page with no inline script: the script configured by data-*, the README's helper in a file of the page's own. */
const stubFreePage = (setupFirst) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Field Lantern | Shop Example</title>
${setupFirst ? '<script src="/csp-stub/share-setup.js"></script>' : ''}
<script src="/dist/sharecue.js" async data-campaign="no-stub" data-endpoint="/csp-stub/events"></script>
</head><body><main><h1>Field Lantern</h1>${target}</main></body></html>`

const setupFile = `${SETUP}
window.__clicks = []
window.__loadedFirst = !!(window.ShareCue && window.ShareCue.version)
withShareCue(function (api) {
  window.__ready = { same: api === window.ShareCue, version: api.version }
  api.on('share_click', function (event) { window.__clicks.push(event.channel + ' ' + event.shareId) })
})`

for (const [when, setupFirst] of [['before the script (it waits for sharecue:ready)', true], ['after the script has loaded (it finds ShareCue at once)', false]]) {
  test(`with no inline script under script-src 'self', the README's helper in the page's own file, run ${when}, subscribes, and the data-* configuration holds, with zero violations`, async () => {
    const received = []
    h.server.route('POST', '/csp-stub/events', (_req, res, body) => {
      received.push(...JSON.parse(body).events)
      res.writeHead(204).end()
    })
    h.server.route('GET', '/csp-stub/share-setup.js', (_req, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(setupFile))
    const path = `/csp-stub/no-stub-${setupFirst ? 'first' : 'later'}.html`
    h.server.page(path, stubFreePage(setupFirst), { 'content-security-policy': policy("'self'") })
    const s = await h.open(path, { initScript: recordViolations, permissions: ['clipboard-read', 'clipboard-write'] })
    await waitForWidget(s.page, '#share', { session: s })
    if (!setupFirst) await s.page.addScriptTag({ url: '/csp-stub/share-setup.js' })
    assert.equal(await s.page.evaluate(() => window.__loadedFirst), !setupFirst, 'the helper ran where this test means it to')
    assert.deepEqual(await s.page.evaluate(() => window.__ready), { same: true, version: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version })
    await s.page.locator('#share [data-channel="copy"]').click()
    await s.page.waitForFunction(() => window.__clicks.length > 0)
    assert.match((await s.page.evaluate(() => window.__clicks))[0], /^copy [\w-]{21}$/)
    await s.page.waitForFunction(async () => /utm_campaign=no-stub/.test(await navigator.clipboard.readText()))
    await s.page.evaluate(() => window.ShareCue.flush())
    assert.ok(received.some((event) => event.type === 'share_click' && event.channel === 'copy'), 'data-endpoint took the share_click')
    await settle(s)
    assert.deepEqual(await problems(s), [])
    s.assertNoPageErrors()
    s.assertNothingLeftLocalhost()
    h.server.unroute('POST', '/csp-stub/events')
  })
}

test('sharecue:ready is dispatched once per page, even when the script is loaded twice', async () => {
  const path = '/csp-stub/twice.html'
  h.server.page(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Twice</title>
<script src="/csp-stub/count-ready.js"></script>
<script src="/dist/sharecue.js"></script><script src="/dist/sharecue.js"></script></head>
<body>${target}</body></html>`, { 'content-security-policy': policy("'self'") })
  h.server.route('GET', '/csp-stub/count-ready.js', (_req, res) => res.writeHead(200, { 'content-type': 'text/javascript' })
    .end("window.__ready = 0; document.addEventListener('sharecue:ready', function () { window.__ready++ })"))
  const s = await h.open(path, { initScript: recordViolations })
  await waitForWidget(s.page, '#share', { session: s })
  assert.equal(await s.page.evaluate(() => window.__ready), 1)
  s.assertNoPageErrors()
})
